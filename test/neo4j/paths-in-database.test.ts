// Paths on Neo4j are searched in the database, so a server keeps nothing between requests: a relation
// another server writes is on the very next path, where the walk index (now opt-in) waits out its age.
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import type { GraphStore } from "../../graph/store.js";
import { openGraph } from "../../server/config/open-graph.js";
import type { QueryLayer } from "../../server/query-layer.js";
import { createTestNeo4jStore, describeWithNeo4j, neo4jStoreConfig } from "../support/neo4j-for-tests.js";
import { entities, relations } from "./fixtures.js";

const [won, protested, , competes] = relations;

describeWithNeo4j("paths on Neo4j", (target) => {
  let otherServer: GraphStore;
  const opened: { store: GraphStore; queries: QueryLayer }[] = [];
  const openServer = async (neo4jPathSearch?: "cypher" | "walk-index") => {
    const graph = await openGraph({ dataDir: "unused", neo4j: neo4jStoreConfig(target), neo4jPathSearch });
    opened.push(graph);
    return graph.queries;
  };
  const routes = async (queries: QueryLayer) =>
    (await queries.paths({ from: "org:microsoft", to: "org:amazon", k: 3 })).paths.map((path) => path.nodeIds);

  beforeAll(async () => {
    otherServer = await createTestNeo4jStore();
  });
  afterAll(async () => {
    await Promise.all(opened.map((graph) => graph.store.close()));
    await otherServer?.close();
  });
  beforeEach(async () => {
    await otherServer.clear();
    await otherServer.upsertEntities(entities);
    await otherServer.upsertRelations([competes!]);
  });

  it("finds a route another server wrote a moment ago, by default", async () => {
    const server = await openServer();
    expect(await routes(server)).toEqual([["org:microsoft", "org:amazon"]]);
    await otherServer.upsertRelations([won!, protested!]);
    expect(await routes(server)).toEqual([
      ["org:microsoft", "org:amazon"],
      ["org:microsoft", "contract:jedi", "org:amazon"],
    ]);
  });

  it("with NEO4J_PATH_SEARCH=walk-index, answers from its index until that is older than the max age", async () => {
    const server = await openServer("walk-index");
    expect(await routes(server)).toEqual([["org:microsoft", "org:amazon"]]);
    await otherServer.upsertRelations([won!, protested!]);
    expect(await routes(server)).toEqual([["org:microsoft", "org:amazon"]]);
  });
});
