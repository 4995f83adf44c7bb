// A store written by Kuzu 0.11 through this adapter moves to LadybugDB with nothing lost: every table
// compared field by field before and after, and what the explorer reads from it compared too. The Kuzu
// side runs in child processes: the two engines cannot share one.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runTsx } from "../../test/http/support/run-tsx.js";
import { InvalidInputError, StoreUnavailableError } from "../errors.js";
import { databaseFileOf, loadEmbeddedEngine } from "./engine.js";
import { createKuzuStore } from "./kuzu-store.js";
import { migrateKuzuStore } from "./migrate-kuzu-store.js";
import { dumpTables, readThroughStore } from "./store-dump.test-support.js";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "migrate-store-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const POOL = 64 * 1024 * 1024;
const KUZU_SIDE = "graph/kuzu/kuzu-011-store.test-support.ts";
const AWKWARD = 'Müller, "Bau" & Söhne\nzweite Zeile \\ ; \' — 日本';

async function onKuzu(command: "write" | "dump", dataDir: string) {
  const run = await runTsx(KUZU_SIDE, [command, dataDir], {});
  if (run.code !== 0) throw new Error(`${KUZU_SIDE} ${command} failed (${run.code}): ${run.stderr}`);
  return command === "dump" ? (JSON.parse(run.stdout.trim().split("\n").at(-1)!) as KuzuDump) : undefined;
}

interface KuzuDump {
  tables: Awaited<ReturnType<typeof dumpTables>>;
  read: Awaited<ReturnType<typeof readThroughStore>>;
}

const sha = (file: string) => createHash("sha256").update(fs.readFileSync(file)).digest("hex");
const asJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("moving a Kuzu 0.11 store to LadybugDB", () => {
  const dataDir = path.join(root, "data");
  let before: KuzuDump;
  let kuzuHash: string;

  beforeAll(async () => {
    await onKuzu("write", dataDir);
    before = (await onKuzu("dump", dataDir))!;
    kuzuHash = sha(path.join(dataDir, "graph.kuzu"));
  }, 120_000);

  it("refuses to start on the Kuzu file, says what to run, and creates no empty store", async () => {
    const opening = createKuzuStore({ dataDir, bufferPoolBytes: POOL });
    await expect(opening).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(createKuzuStore({ dataDir, bufferPoolBytes: POOL })).rejects.toThrow(
      /written by Kuzu 0\.11.*npm run migrate-store/s,
    );
    expect(fs.existsSync(path.join(dataDir, "graph.lbug"))).toBe(false);
  });

  it("migrates every table with the same rows, field by field, and leaves the Kuzu file as it was", async () => {
    const migration = await migrateKuzuStore(dataDir);
    expect(migration).toMatchObject({ fromEngine: "Kuzu 0.11.3", toEngine: "LadybugDB 0.19.1" });
    expect(migration.tables).toEqual([
      { name: "Entity", rows: before.tables.entities.length },
      { name: "MergeRecord", rows: 1 },
      { name: "Relation", rows: before.tables.relations.length },
    ]);
    const { module } = await loadEmbeddedEngine("ladybug");
    const after = asJson(await dumpTables(module, path.join(dataDir, databaseFileOf("ladybug"))));
    expect(after.entities).toEqual(before.tables.entities);
    expect(after.relations).toEqual(before.tables.relations);
    expect(after.merges).toEqual(before.tables.merges);
    expect(before.tables.entities.find((row) => row["e.id"] === "org:awkward")?.["e.name"]).toBe(AWKWARD);
    expect(sha(path.join(dataDir, "graph.kuzu"))).toBe(kuzuHash);
    expect(fs.readdirSync(dataDir).filter((name) => name.startsWith(".migrate-store-"))).toEqual([]);
  });

  it("then opens on LadybugDB and answers as the Kuzu store did, undo of the merge included", async () => {
    const store = await createKuzuStore({ dataDir, bufferPoolBytes: POOL });
    try {
      expect(await store.describe()).toMatch(/^LadybugDB 0\.19\.1 at .*graph\.lbug$/);
      expect(asJson(await readThroughStore(store))).toEqual(before.read);
      const [merge] = before.read.merges;
      await store.undoMerge(merge!.id, { by: "test", reason: "check the undo after migration" });
      expect((await store.getEntities(["org:awkward-twin"]))[0]?.name).toBe("Awkward twin");
    } finally {
      await store.close();
    }
  });

  it("refuses to migrate a folder a second time, or one without a Kuzu store", async () => {
    await expect(migrateKuzuStore(dataDir)).rejects.toThrow(/exists already/);
    await expect(migrateKuzuStore(path.join(root, "empty"))).rejects.toBeInstanceOf(InvalidInputError);
  });
});
