// The import safety suite, shared by the Kuzu and Neo4j test files: every kind of malformed input, through
// importSeedFolder and through `cli import`, is refused with an error naming file, record and field, the
// CLI exits 1, and the store keeps exactly what it held (an empty one stays empty).
import { rm } from "node:fs/promises";
import { dirname } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { InvalidInputError } from "../../../graph/errors.js";
import { importSeedFolder } from "../../../graph/import/index.js";
import type { GraphStore } from "../../../graph/store.js";
import { runTsx } from "../../http/support/run-tsx.js";
import { ALL_MALFORMED, MALFORMED_CASES, namingPattern, writeCase } from "./malformed-seeds.js";
import { fingerprintOf } from "./store-fingerprint.js";

export interface ImportSafetyOptions {
  store: "kuzu" | "neo4j";
  /** A store holding the project's seeds, and one holding nothing (may be the same store, cleared). */
  seeded: () => Promise<GraphStore>;
  empty: () => Promise<GraphStore>;
  /**
   * Runs `cli import <dir>` against a store holding the project's seeds and hands back the CLI's result
   * with the store's fingerprint before and after.
   */
  cliImport: (dir: string) => Promise<{
    code: number | null;
    stderr: string;
    before: Awaited<ReturnType<typeof fingerprintOf>>;
    after: Awaited<ReturnType<typeof fingerprintOf>>;
  }>;
  close: () => Promise<void>;
}

export const CLI = "server/cli/main.ts";
export const cliImport = (dir: string, env: Record<string, string>) => runTsx(CLI, ["import", dir], env);

async function refusal(load: Promise<unknown>): Promise<InvalidInputError> {
  const outcome = await load.then(
    () => new Error("the import succeeded, but the folder is malformed"),
    (error: unknown) => error,
  );
  if (!(outcome instanceof InvalidInputError)) throw outcome;
  return outcome;
}

export function importSafetySuite(options: ImportSafetyOptions): void {
  describe(`import safety on ${options.store}`, () => {
    const folders: string[] = [];
    afterAll(async () => {
      await options.close();
      await Promise.all(folders.map((dir) => rm(dirname(dir), { recursive: true, force: true })));
    });

    for (const malformed of MALFORMED_CASES) {
      it(`${malformed.kind}: named by file, record and field, and nothing written`, async () => {
        const dir = await writeCase(malformed.files);
        folders.push(dir);

        const seeded = await options.seeded();
        const before = await fingerprintOf(seeded);
        const error = await refusal(importSeedFolder(seeded, dir));
        expect(error.message).toMatch(namingPattern(malformed.names));
        expect(await fingerprintOf(seeded)).toEqual(before);

        const empty = await options.empty();
        await refusal(importSeedFolder(empty, dir));
        expect(await empty.counts()).toEqual({ entities: 0, relations: 0 });
      });
    }

    describe("cli import", () => {
      let result: Awaited<ReturnType<ImportSafetyOptions["cliImport"]>>;
      beforeAll(async () => {
        const dir = await writeCase(ALL_MALFORMED);
        folders.push(dir);
        result = await options.cliImport(dir);
      }, 180_000);

      it("exits 1 and names every bad file with its record and field", () => {
        expect(result.code).toBe(1);
        for (const malformed of MALFORMED_CASES) expect(result.stderr).toMatch(namingPattern(malformed.names));
      });

      it("leaves the store exactly as it was", () => {
        expect(result.before.entities).toBeGreaterThan(10);
        expect(result.after).toEqual(result.before);
      });
    });
  });
}
