// The client bundle stays free of zod: the browser needs the vocabulary and the wire types, not the
// validators, and zod alone was a sixth of the bundle. Type-only imports of the schemas are fine.
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { runtimeImportsOf, type RuntimeImports } from "./runtime-imports.test-support.js";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const repoRoot = here("../..");

// Parsing every client file takes a few seconds on a busy machine.
const WALK_TIMEOUT_MS = 30_000;

describe("the client's runtime imports", () => {
  let client: RuntimeImports;
  beforeAll(() => {
    client = runtimeImportsOf(here("./main.tsx"));
  }, WALK_TIMEOUT_MS);

  it("never reach zod, from any file the entry loads", () => {
    const { packages, chainTo } = client;
    const chains = (packages.get("zod") ?? []).map((file) =>
      chainTo(file)
        .map((step) => relative(repoRoot, step))
        .join(" → "),
    );
    expect(chains, "these imports pull zod into the bundle: import the zod-free module or use `import type`").toEqual(
      [],
    );
  });

  it(
    "are followed far enough to see zod where the server really loads it",
    () => {
      const { files, packages } = runtimeImportsOf(here("../../server/http/wire-schemas.ts"));
      expect(packages.has("zod")).toBe(true);
      expect(files.some((file) => file.endsWith("graph/model/vocabulary.ts"))).toBe(true);
    },
    WALK_TIMEOUT_MS,
  );

  it("are followed into lazily loaded parts such as the Cypher editor", () => {
    expect(client.files.some((file) => file.endsWith("components/CypherEditorField.tsx"))).toBe(true);
  });
});
