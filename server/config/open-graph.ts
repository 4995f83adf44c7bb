// Opens the configured store (Kuzu by default, Neo4j when NEO4J_URI is set) with its query layer,
// and fills an empty store from the seed folder. Shared by the server and the CLI.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ingestArticles } from "../../graph/articles/index.js";
import { InvalidInputError } from "../../graph/errors.js";
import { formatImportSummary, importSeedFolder } from "../../graph/import/index.js";
import { createKuzuStore } from "../../graph/kuzu/index.js";
import { createNeo4jStore } from "../../graph/neo4j/index.js";
import { createSupervisedStore } from "../../graph/store-host/index.js";
import { createGraphQueries } from "../../graph/queries/index.js";
import type { GraphStore } from "../../graph/store.js";
import { createWalkIndexLayer } from "../../graph/walk-index/walk-index-layer.js";
import type { QueryLayer } from "../query-layer.js";
import { DEFAULT_NEO4J_WALK_INDEX_MAX_AGE_S } from "./env.js";

export interface StoreSettings {
  dataDir: string;
  neo4j?: { uri: string; user: string; password: string; database?: string };
  /**
   * Runs the embedded store in a supervised child process with this memory cap (graph/store-host/), so an
   * engine crash or a runaway query ends only that process. Neo4j is remote and ignores it.
   */
  storeHost?: { memoryLimitBytes: number; warn: (message: string) => void };
  /**
   * With Neo4j, which other servers may write to: how old the walk index may grow before a path search
   * reads the relation ends again (0: for every search). The embedded store keeps it until a write.
   */
  neo4jWalkIndexMaxAgeMs?: number;
  /**
   * With Neo4j: "cypher" (the default) runs path searches in the database, so the server keeps no
   * state; "walk-index" keeps the walk index in this server instead, as for the embedded store.
   */
  neo4jPathSearch?: "cypher" | "walk-index";
}

const KUZU_STORE_MODULE = fileURLToPath(new URL("../../graph/kuzu/index.ts", import.meta.url));

export async function createStore(settings: StoreSettings): Promise<GraphStore> {
  if (settings.neo4j) return await createNeo4jStore(settings.neo4j);
  if (settings.storeHost) {
    return await createSupervisedStore({
      factory: { module: KUZU_STORE_MODULE, exportName: "createKuzuStore", config: { dataDir: settings.dataDir } },
      ...settings.storeHost,
    });
  }
  return await createKuzuStore({ dataDir: settings.dataDir });
}

/**
 * The store behind its walk index layer, so every write through the returned store keeps paths current;
 * Neo4j without it, as it searches paths itself (unless `neo4jPathSearch` asks for the walk index).
 */
export async function openGraph(settings: StoreSettings): Promise<{ store: GraphStore; queries: QueryLayer }> {
  const opened = await createStore(settings);
  try {
    await opened.ensureSchema();
  } catch (error) {
    await opened.close().catch(() => undefined);
    throw error;
  }
  if (settings.neo4j && settings.neo4jPathSearch !== "walk-index") {
    return { store: opened, queries: createGraphQueries(opened) };
  }
  const maxAgeMs = settings.neo4j
    ? (settings.neo4jWalkIndexMaxAgeMs ?? DEFAULT_NEO4J_WALK_INDEX_MAX_AGE_S * 1000)
    : Infinity;
  const walks = createWalkIndexLayer(opened, { maxAgeMs });
  const queries: QueryLayer = createGraphQueries(walks.store, { walkIndex: walks.current });
  return { store: walks.store, queries };
}

/**
 * Imports the seeds (then the articles of `articlesDir`, when given) only into a store with no entities,
 * so a restart never duplicates or overwrites.
 */
export async function seedIfEmpty(
  store: GraphStore,
  seedDir: string,
  say: (message: string) => void,
  articlesDir?: string,
) {
  const { entities } = await store.counts();
  if (entities > 0) {
    say(`store holds ${entities} entities: skipping the seed import`);
    return;
  }
  if (!existsSync(seedDir)) {
    throw new InvalidInputError(`The store is empty and the seed folder ${seedDir} does not exist; set SEED_DIR.`, {
      variable: "SEED_DIR",
      path: seedDir,
    });
  }
  say(`store is empty: importing seeds from ${seedDir}`);
  say(formatImportSummary(await importSeedFolder(store, seedDir), await store.describe()));
  if (articlesDir === undefined) return;
  say(`ingesting articles from ${articlesDir}`);
  const ingested = await ingestArticles(store, articlesDir);
  say(`ingested ${ingested.articles.length} articles: ${ingested.relations} MENTIONS and re-linked relations`);
}
