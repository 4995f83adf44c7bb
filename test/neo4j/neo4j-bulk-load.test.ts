// The bulk path into an empty Neo4j store (CREATE in large batches) against the same records written by
// upserts: what a reader gets back must not depend on which path wrote it, and a failed load leaves nothing.
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { InvalidInputError } from "../../graph/errors.js";
import { importSeedGraph } from "../../graph/import/index.js";
import type { Relation } from "../../graph/model/relation.js";
import type { GraphStore } from "../../graph/store.js";
import { createTestNeo4jStore, describeWithNeo4j } from "../support/neo4j-for-tests.js";
import { entities, relations } from "./fixtures.js";

const records = { entities, relations };
const LIMITS = { maxRows: 100, timeoutMs: 10_000 };

/** Every read the store offers, plus the raw labels and properties, which no read may hide. */
async function contents(store: GraphStore) {
  const entityIds = entities.map((e) => e.id);
  const raw = async (query: string) => (await store.runReadOnlyCypher(query, {}, LIMITS)).rows;
  return {
    counts: await store.counts(),
    schema: await store.schemaCounts(),
    nodes: await store.getEntities(entityIds),
    edges: await store.getRelations(relations.map((r) => r.id)),
    relationsOf: await Promise.all(entityIds.map((id) => store.relationsOf(id))),
    adjacency: await store.adjacency(["contract:jedi"], { direction: "in" }),
    among: await store.relationsAmong(entityIds),
    citing: await store.relationsCiting("src:article-1"),
    search: await store.searchCandidates(["joint", "defense"], { limit: 10 }),
    byDegree: await store.listEntityIds({ limit: 10 }),
    rawNodes: await raw("MATCH (e) RETURN e.id, labels(e), properties(e) ORDER BY e.id"),
    rawEdges: await raw("MATCH ()-[r]->() RETURN r.id, type(r), properties(r) ORDER BY r.id"),
  };
}

describeWithNeo4j("bulk load into an empty Neo4j store", () => {
  let store: GraphStore;
  let upserted: Awaited<ReturnType<typeof contents>>;

  beforeAll(async () => {
    store = await createTestNeo4jStore();
    await store.upsertEntities(entities);
    await store.upsertRelations(relations);
    upserted = await contents(store);
  });
  afterAll(async () => {
    await store?.close();
  });
  beforeEach(() => store.clear());

  it("answers true and stores exactly what upserts store", async () => {
    expect(upserted.counts).toEqual({ entities: 5, relations: 4 });
    expect(await store.bulkLoadIntoEmpty!(records)).toBe(true);
    expect(await contents(store)).toEqual(upserted);
  });

  it("leaves a store that already holds data alone and answers false", async () => {
    await store.upsertEntities([entities[2]!]);
    expect(await store.bulkLoadIntoEmpty!(records)).toBe(false);
    expect(await store.counts()).toEqual({ entities: 1, relations: 0 });
  });

  it("then takes upserts over the bulk-loaded records as updates, not duplicates", async () => {
    await store.bulkLoadIntoEmpty!(records);
    await store.upsertEntities(entities);
    await store.upsertRelations([...relations.slice(1), { ...relations[0]!, status: "denied" }]);
    const [edge] = await store.getRelations([relations[0]!.id]);
    expect(edge?.status).toBe("denied");
    expect(await store.counts()).toEqual({ entities: 5, relations: 4 });
  });

  it("refuses a relation whose end is not among the entities, naming both, and writes nothing", async () => {
    const dangling = { ...relations[0]!, id: "rel:dangling", to: "contract:nowhere" };
    const attempt = store.bulkLoadIntoEmpty!({ entities, relations: [...relations, dangling] });
    await expect(attempt).rejects.toThrow(InvalidInputError);
    await expect(attempt).rejects.toThrow(/rel:dangling.*contract:nowhere/);
    expect(await store.counts()).toEqual({ entities: 0, relations: 0 });
  });

  it("removes what it wrote when Neo4j rejects a record part way, and rethrows", async () => {
    // A map is no property value Neo4j can store; the entities are committed by then, and the relations are
    // sent two to a transaction, so the rejected one goes first in the second with another after it.
    const rejected = { ...relations[3]!, note: { not: "a string" } } as unknown as Relation;
    const attempt = store.bulkLoadIntoEmpty!({
      entities,
      relations: [relations[0]!, relations[1]!, rejected, relations[2]!],
    });
    await expect(attempt).rejects.toThrow(/propert/i);
    expect(await store.counts()).toEqual({ entities: 0, relations: 0 });
    expect(await store.bulkLoadIntoEmpty!(records)).toBe(true);
  });

  it("is what the seed import uses for an empty store from bulkMinRecords on", async () => {
    const calls: string[] = [];
    const watched: GraphStore = {
      ...store,
      bulkLoadIntoEmpty: async (loaded) => {
        calls.push("bulk");
        return store.bulkLoadIntoEmpty!(loaded);
      },
    };
    await importSeedGraph(watched, records, { bulkMinRecords: 1 });
    expect(calls).toEqual(["bulk"]);
    expect(await contents(store)).toEqual(upserted);
  });
});
