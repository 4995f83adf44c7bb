// The run's real Neo4j (see test/support/neo4j-for-tests.ts), cleared and loaded from the project's
// seeds, with its query layer: the Neo4j twin of kuzu-test-graph.ts for HTTP tests.
import { importSeedFolder } from "../../../graph/import/index.js";
import { createGraphQueries } from "../../../graph/queries/index.js";
import type { GraphStore } from "../../../graph/store.js";
import type { QueryLayer } from "../../../server/query-layer.js";
import { createTestNeo4jStore } from "../../support/neo4j-for-tests.js";
import { SEED_DIR } from "./kuzu-test-graph.js";

export interface Neo4jTestGraph {
  store: GraphStore;
  queries: QueryLayer;
  dispose(): Promise<void>;
}

/** Needs a Neo4j: call it inside describeWithNeo4j, from a test file with "neo4j" in its name. */
export async function createSeededNeo4jGraph(): Promise<Neo4jTestGraph> {
  const store = await createTestNeo4jStore();
  await importSeedFolder(store, SEED_DIR);
  const queries: QueryLayer = createGraphQueries(store);
  return {
    store,
    queries,
    async dispose() {
      await store.close().catch(() => undefined);
    },
  };
}
