// Entity resolution from the command line: two imports that share entities, their duplicates, a merge by
// name with who and why, the audit trail, and an undo that cannot be repeated.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXPECTED_DUPLICATE_PAIRS, RESOLUTION_FILES, RESOLUTION_MAPPING } from "../contract/resolution-contract.js";
import { runTsx } from "../http/support/run-tsx.js";

const CLI = "server/cli/main.ts";
let root: string;
let env: Record<string, string>;
const cli = (...args: string[]) => runTsx(CLI, args, env);

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "merge-cli-"));
  env = { DATA_DIR: join(root, "data") };
  for (const file of RESOLUTION_FILES) {
    const imported = await cli("import", file, "--mapping", RESOLUTION_MAPPING, "--json");
    if (imported.code !== 0) throw new Error(`import failed:\n${imported.stderr}`);
  }
}, 120_000);
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("cli duplicates, merge, merges, undo", () => {
  it("lists the duplicates two imports share", async () => {
    const run = await cli("duplicates", "--json");
    expect(run.code).toBe(0);
    const pairs = JSON.parse(run.stdout).proposals.map((p: { keep: { id: string }; merge: { id: string } }) =>
      [p.keep.id, p.merge.id].sort(),
    );
    expect(pairs.sort()).toEqual(EXPECTED_DUPLICATE_PAIRS);
    const table = await cli("duplicates", "--kinds", "Person");
    expect(table.stdout).toMatch(/1\.00 +person:\S+ +person:\S+ +same name after dropping the title "Dr\."/);
  });

  it("merges by name with who and why, lists it, and undoes it once", async () => {
    const refused = await cli("merge", "Müller Bau GmbH", "org:muller-bau");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("--reason is required");

    const merged = await cli("merge", "Müller Bau GmbH", "org:muller-bau", "--reason", "same vendor", "--by", "ana");
    expect(merged.stderr).toBe("");
    expect(merged.stdout).toMatch(/^Merge (merge-\S+): Müller Bau \(org:muller-bau\) → Müller Bau GmbH/);
    expect(merged.stdout).toContain("by ana at ");
    expect(merged.stdout).toContain("2 relation(s) re-pointed");
    const id = /^Merge (merge-\S+):/.exec(merged.stdout)?.[1] ?? "";

    const trail = await cli("merges", "--json");
    expect(JSON.parse(trail.stdout).merges.map((m: { id: string; by: string }) => [m.id, m.by])).toEqual([[id, "ana"]]);

    const undone = await cli("undo", id, "--reason", "checked twice");
    expect(undone.code).toBe(0);
    expect(undone.stdout).toMatch(/undone by .+ at .+: checked twice/);
    const again = await cli("undo", id);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("already undone");
  });
});
