// The Kuzu data folder survives a kill -9 in the middle of `cli import`: it opens again, holds a
// consistent part of the import (no relation without its ends), and a re-run completes it with exactly
// the full counts and ids. Once into an empty store (Kuzu's bulk COPY), once into one holding data (batched upserts).
import { spawn } from "node:child_process";
import { statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importSeedFolder } from "../../graph/import/index.js";
import { createKuzuStore, EMBEDDED_DATABASE_FILE } from "../../graph/kuzu/index.js";
import { REPO_ROOT, runTsx } from "../http/support/run-tsx.js";
import { SEED_DIR } from "../http/support/kuzu-test-graph.js";
import { generateSeedFolder, type GeneratedSeeds } from "./support/generated-seeds.js";
import { idsOf } from "./support/store-fingerprint.js";

const CLI = "server/cli/main.ts";
const ORGS = 2_000;

let root: string;
let seeds: GeneratedSeeds;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "reliability-kill-"));
  seeds = await generateSeedFolder(ORGS, root);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const sizeOf = (path: string) => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};

/**
 * Runs `cli import` in one node process (tsx as a loader, so the kill reaches the importer itself, not a
 * wrapper) and kills it with SIGKILL once `writing(dataDir)` says the import has started writing.
 */
async function importAndKill(dataDir: string, writing: (file: string) => boolean) {
  const child = spawn(process.execPath, ["--import", "tsx", CLI, "import", seeds.dir], {
    cwd: REPO_ROOT,
    env: { ...process.env, DATA_DIR: dataDir, NEO4J_URI: "", LOG_LEVEL: "warn" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal })),
  );
  const file = join(dataDir, EMBEDDED_DATABASE_FILE);
  const timer = setInterval(() => {
    if (writing(file)) {
      clearInterval(timer);
      child.kill("SIGKILL");
    }
  }, 5);
  const result = await exited;
  clearInterval(timer);
  return { ...result, output };
}

async function reopenAndCount(dataDir: string) {
  const store = await createKuzuStore({ dataDir });
  try {
    const counts = await store.counts();
    const ids = await idsOf(store);
    return { counts, ids };
  } finally {
    await store.close();
  }
}

function expectConsistent(
  state: Awaited<ReturnType<typeof reopenAndCount>>,
  full: { entities: number; relations: number },
) {
  expect(state.counts.entities).toBeLessThanOrEqual(full.entities);
  expect(state.counts.relations).toBeLessThanOrEqual(full.relations);
  // Every relation the store counts has both ends among its entities, and no id appears twice.
  expect(state.ids.relationIds).toHaveLength(state.counts.relations);
  expect(state.ids.entityIds).toHaveLength(state.counts.entities);
  expect(new Set(state.ids.relationIds).size).toBe(state.ids.relationIds.length);
}

describe("kill -9 of cli import on Kuzu", () => {
  it("into an empty store: reopens consistent, and a re-run completes with the exact counts", async () => {
    const dataDir = join(root, "empty");
    // Kill as soon as the import has data on its way to the file: the WAL or the file past its empty size.
    const killed = await importAndKill(dataDir, (file) => sizeOf(`${file}.wal`) > 4_096 || sizeOf(file) > 64 * 1024);
    expect(killed.signal, `the import ended before the kill:\n${killed.output}`).toBe("SIGKILL");

    const partial = await reopenAndCount(dataDir);
    console.log(
      `kill -9 into an empty store left ${JSON.stringify(partial.counts)} of ${seeds.entities}/${seeds.relations}`,
    );
    expectConsistent(partial, seeds);

    const rerun = await runTsx(CLI, ["import", seeds.dir], { DATA_DIR: dataDir });
    expect(rerun.code, rerun.stderr).toBe(0);
    const complete = await reopenAndCount(dataDir);
    expect(complete.counts).toEqual({ entities: seeds.entities, relations: seeds.relations });
    expectConsistent(complete, seeds);
  }, 120_000);

  it("into a store holding data: reopens with the old data and part of the new, and a re-run completes", async () => {
    const dataDir = join(root, "seeded");
    const store = await createKuzuStore({ dataDir });
    await importSeedFolder(store, SEED_DIR);
    const old = await store.counts();
    await store.close();
    const full = { entities: old.entities + seeds.entities, relations: old.relations + seeds.relations };

    // Batched upserts, one transaction per 500 records: kill once a few MB of them are in the WAL.
    const killed = await importAndKill(dataDir, (file) => sizeOf(`${file}.wal`) > 2 * 1024 * 1024);
    expect(killed.signal, `the import ended before the kill:\n${killed.output}`).toBe("SIGKILL");

    const partial = await reopenAndCount(dataDir);
    console.log(`kill -9 into a seeded store left ${JSON.stringify(partial.counts)} of ${JSON.stringify(full)}`);
    expectConsistent(partial, full);
    expect(partial.counts.entities).toBeGreaterThanOrEqual(old.entities);
    expect(partial.counts.relations).toBeLessThan(full.relations);

    const rerun = await runTsx(CLI, ["import", seeds.dir], { DATA_DIR: dataDir });
    expect(rerun.code, rerun.stderr).toBe(0);
    const complete = await reopenAndCount(dataDir);
    expect(complete.counts).toEqual(full);
    expectConsistent(complete, full);
  }, 120_000);
});
