// The client bundle stays free of zod: the browser needs the vocabulary and the wire types, not the
// validators, and zod alone was a sixth of the bundle. Type-only imports of the schemas are fine.
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runtimeImportsOf } from "./runtime-imports.test-support.js";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const repoRoot = here("../..");

describe("the client's runtime imports", () => {
  it("never reach zod, from any file the entry loads", () => {
    const { packages, chainTo } = runtimeImportsOf(here("./main.tsx"));
    const chains = (packages.get("zod") ?? []).map((file) =>
      chainTo(file)
        .map((step) => relative(repoRoot, step))
        .join(" → "),
    );
    expect(chains, "these imports pull zod into the bundle: import the zod-free module or use `import type`").toEqual(
      [],
    );
  });

  it("are followed far enough to see zod where the server really loads it", () => {
    const { files, packages } = runtimeImportsOf(here("../../server/http/wire-schemas.ts"));
    expect(packages.has("zod")).toBe(true);
    expect(files.some((file) => file.endsWith("graph/model/vocabulary.ts"))).toBe(true);
  });

  it("are followed into lazily loaded parts such as the Cypher editor", () => {
    const { files } = runtimeImportsOf(here("./main.tsx"));
    expect(files.some((file) => file.endsWith("components/CypherEditorField.tsx"))).toBe(true);
  });
});
