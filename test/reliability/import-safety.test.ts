// Import safety on Kuzu (see support/import-safety-suite.ts): in process, and through the CLI on a
// data folder of its own (Kuzu lets one process at a time open a database file).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importSeedFolder } from "../../graph/import/index.js";
import { createKuzuStore } from "../../graph/kuzu/index.js";
import type { GraphStore } from "../../graph/store.js";
import { SEED_DIR } from "../http/support/kuzu-test-graph.js";
import { cliImport, importSafetySuite } from "./support/import-safety-suite.js";
import { fingerprintOf } from "./support/store-fingerprint.js";

const stores: GraphStore[] = [];
let root: string | undefined;
let seeded: GraphStore | undefined;
let empty: GraphStore | undefined;

async function tempDir(name: string): Promise<string> {
  root ??= await mkdtemp(join(tmpdir(), "reliability-import-"));
  return join(root, name);
}

async function open(name: string): Promise<GraphStore> {
  const store = await createKuzuStore({ dataDir: await tempDir(name) });
  stores.push(store);
  return store;
}

importSafetySuite({
  store: "kuzu",
  async seeded() {
    if (!seeded) {
      seeded = await open("seeded");
      await importSeedFolder(seeded, SEED_DIR);
    }
    return seeded;
  },
  async empty() {
    empty ??= await open("empty");
    return empty;
  },
  async cliImport(dir) {
    const dataDir = await tempDir("cli");
    const store = await createKuzuStore({ dataDir });
    await importSeedFolder(store, SEED_DIR);
    const before = await fingerprintOf(store);
    await store.close();
    const { code, stderr } = await cliImport(dir, { DATA_DIR: dataDir });
    const reopened = await createKuzuStore({ dataDir });
    try {
      return { code, stderr, before, after: await fingerprintOf(reopened) };
    } finally {
      await reopened.close();
    }
  },
  async close() {
    await Promise.all(stores.map((store) => store.close()));
    if (root) await rm(root, { recursive: true, force: true });
  },
});
