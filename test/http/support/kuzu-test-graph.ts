// A real Kuzu store in a fresh temp folder, loaded from the project's seeds, with its query layer.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { importSeedFolder } from "../../../graph/import/index.js";
import { createKuzuStore } from "../../../graph/kuzu/index.js";
import { createGraphQueries } from "../../../graph/queries/index.js";
import type { GraphStore } from "../../../graph/store.js";
import type { QueryLayer } from "../../../server/query-layer.js";

export const SEED_DIR = fileURLToPath(new URL("../../../seeds", import.meta.url));

export interface TestGraph {
  store: GraphStore;
  queries: QueryLayer;
  dataDir: string;
  dispose(): Promise<void>;
}

export async function createSeededKuzuGraph(): Promise<TestGraph> {
  const root = await mkdtemp(join(tmpdir(), "explorer-http-"));
  const dataDir = join(root, "data");
  const store = await createKuzuStore({ dataDir });
  await store.ensureSchema();
  await importSeedFolder(store, SEED_DIR, {});
  const queries: QueryLayer = createGraphQueries(store);
  return {
    store,
    queries,
    dataDir,
    async dispose() {
      await store.close().catch(() => undefined);
      await rm(root, { recursive: true, force: true });
    },
  };
}
