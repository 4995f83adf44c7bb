// The write and read patterns behind three Kuzu 0.11 workarounds (checkpoints around merges, the r.id
// equality join, updating a relation in place), run straight on LadybugDB's API in a child process:
// every string must read back as written. See engine-workarounds.md for what this does and does not show.
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const PROBES = new URL("./engine-probes.test-support.mjs", import.meta.url).pathname;
const folder = mkdtempSync(join(tmpdir(), "engine-probes-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("LadybugDB on the patterns Kuzu 0.11 got wrong", () => {
  it("reads back every relation's string as written after COPY, id-list filters, rewrites, merges and a reopen", async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [PROBES, "@ladybugdb/core", folder, "2000", "30000"],
      {
        timeout: 150_000,
      },
    );
    const probes = JSON.parse(stdout.trim().split("\n").at(-1)!) as Record<string, unknown[]>;
    expect(Object.keys(probes)).toHaveLength(7);
    for (const [probe, wrong] of Object.entries(probes)) expect(wrong, probe).toEqual([]);
  }, 180_000);
});
