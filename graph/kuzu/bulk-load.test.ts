// The bulk path into an empty Kuzu store (COPY FROM temporary CSV files) against the same records
// written by upserts: what a reader gets back must not depend on which path wrote it.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { importSeedGraph } from "../import/index.js";
import { loadSeedFolder } from "../seed/index.js";
import { Entity } from "../model/entity.js";
import { RelationInput, toRelation } from "../model/relation.js";
import type { GraphStore } from "../store.js";
import { createKuzuStore } from "./kuzu-store.js";

const SOURCE = "src:bulk-article";
const ENTITIES = [
  {
    id: SOURCE,
    kind: "Source",
    name: 'A, "quoted" article',
    properties: { title: "T", language: "de", file: "a.txt", published: "2020", publishedInferred: false },
  },
  { id: "person:ann", kind: "Person", name: 'Ann "The Boss" O\'Brien, Jr.', aliases: ["Ann, A.", "Anne\nline two"] },
  { id: "org:acme", kind: "Organization", name: "Acme\r\nGmbH", properties: { country: "DE", employees: 12 } },
  { id: "org:zeta", kind: "Organization", name: "Zéta Systems", aliases: [] },
  {
    id: "contract:c1",
    kind: "Contract",
    name: "Cloud contract",
    properties: { value: { value: 2.5e9, currency: "EUR" } },
  },
].map((e) => Entity.parse(e));

const RELATIONS = [
  { type: "WORKS_FOR", from: "person:ann", to: "org:acme", status: "confirmed" },
  {
    type: "WON",
    from: "org:acme",
    to: "contract:c1",
    status: "reported",
    date: { start: "2019-10", end: "2021" },
    amount: { value: 1234.5, currency: "EUR", qualifier: "up to" },
    note: 'disputed, "officially"\nsecond line',
  },
  { type: "COMPETES_WITH", from: "org:acme", to: "org:zeta", status: "alleged", date: { start: "2020" } },
  { type: "COMPETES_WITH", from: "org:zeta", to: "org:acme", status: "denied", id: "rel:zeta-denies" },
].map((r) =>
  toRelation(
    RelationInput.parse({
      ...r,
      evidence: [
        { source: SOURCE, paragraph: 2, summary: 'Says "so", with a comma' },
        { source: SOURCE, paragraph: 3, sentence: 1, summary: "Again." },
      ],
    }),
  ),
);

const ids = {
  entities: ENTITIES.map((e) => e.id),
  relations: RELATIONS.map((r) => r.id),
};

async function contents(store: GraphStore) {
  return {
    nodes: await store.getEntities(ids.entities),
    edges: await store.getRelations(ids.relations),
    adjacency: await store.adjacency(["org:acme"], { direction: "in" }),
    search: await store.searchCandidates(["line", "two"], { limit: 10 }),
    citing: await store.relationsCiting(SOURCE),
    counts: await store.counts(),
  };
}

describe("bulk load into an empty Kuzu store", () => {
  let root: string;
  let bulk: GraphStore;
  let upserted: GraphStore;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "kuzu-bulk-test-"));
    bulk = await createKuzuStore({ dataDir: join(root, "bulk"), bufferPoolBytes: 64 * 1024 * 1024 });
    upserted = await createKuzuStore({ dataDir: join(root, "upserted"), bufferPoolBytes: 64 * 1024 * 1024 });
    await upserted.upsertEntities(ENTITIES);
    await upserted.upsertRelations(RELATIONS);
  });
  afterAll(async () => {
    await bulk.close();
    await upserted.close();
    await rm(root, { recursive: true, force: true });
  });
  beforeEach(() => bulk.clear());

  it("stores exactly what upserts store, quotes, commas, newlines, aliases and absent fields included", async () => {
    expect(await bulk.bulkLoadIntoEmpty!({ entities: ENTITIES, relations: RELATIONS })).toBe(true);
    const expected = await contents(upserted);
    expect(expected.nodes).toHaveLength(ENTITIES.length);
    expect(expected.search.map((n) => n.id)).toEqual(["person:ann"]);
    expect(await contents(bulk)).toEqual(expected);
  });

  it("leaves a store that already holds data alone and answers false", async () => {
    await bulk.upsertEntities([ENTITIES[3]!]);
    expect(await bulk.bulkLoadIntoEmpty!({ entities: ENTITIES, relations: RELATIONS })).toBe(false);
    expect(await bulk.counts()).toEqual({ entities: 1, relations: 0 });
  });

  it("then accepts upserts over the bulk-loaded relations as updates, not duplicates", async () => {
    await bulk.bulkLoadIntoEmpty!({ entities: ENTITIES, relations: RELATIONS });
    await bulk.upsertRelations([{ ...RELATIONS[0]!, status: "denied" }]);
    const [edge] = await bulk.getRelations([RELATIONS[0]!.id]);
    expect(edge?.status).toBe("denied");
    expect((await bulk.counts()).relations).toBe(RELATIONS.length);
  });

  it("refuses a relation whose end is not among the entities, naming both, and writes nothing", async () => {
    const dangling = { ...RELATIONS[0]!, id: "rel:dangling", to: "org:missing" };
    const attempt = bulk.bulkLoadIntoEmpty!({ entities: ENTITIES, relations: [dangling] });
    await expect(attempt).rejects.toThrow(InvalidInputError);
    await expect(attempt).rejects.toThrow(/rel:dangling.*org:missing/);
    expect(await bulk.counts()).toEqual({ entities: 0, relations: 0 });
  });

  it("declines (false) records holding the control characters its CSV encoding uses", async () => {
    const odd = { ...ENTITIES[3]!, name: "Zeta\u001eSystems" } as Entity;
    expect(await bulk.bulkLoadIntoEmpty!({ entities: [odd], relations: [] })).toBe(false);
    expect((await bulk.counts()).entities).toBe(0);
  });

  it("is what the seed import uses for an empty store from bulkMinRecords on, and upserts below it", async () => {
    const calls: string[] = [];
    const watched: GraphStore = {
      ...bulk,
      bulkLoadIntoEmpty: async (records) => {
        calls.push("bulk");
        return bulk.bulkLoadIntoEmpty!(records);
      },
      upsertEntities: async (entities) => {
        calls.push("upsert");
        return bulk.upsertEntities(entities);
      },
    };
    const graph = { entities: ENTITIES, relations: RELATIONS };
    await importSeedGraph(watched, graph, { bulkMinRecords: 1 });
    expect(calls).toEqual(["bulk"]);
    expect(await contents(bulk)).toEqual(await contents(upserted));

    await bulk.clear();
    calls.length = 0;
    await importSeedGraph(watched, graph, { bulkMinRecords: 1000 });
    expect(calls).toEqual(["upsert"]);
  });

  it("answers relations by id, alone and by entity, on the curated seeds (ids share long prefixes)", async () => {
    const seeds = await loadSeedFolder(join(import.meta.dirname, "../../seeds"));
    expect(await bulk.bulkLoadIntoEmpty!(seeds)).toBe(true);
    for (const entity of seeds.entities) {
      const touching = seeds.relations.filter((r) => r.from === entity.id || r.to === entity.id).map((r) => r.id);
      const found = (await bulk.getRelations(touching)).map((edge) => edge.id);
      expect({ entity: entity.id, found }).toEqual({ entity: entity.id, found: [...touching].sort() });
    }
    for (const relation of seeds.relations) {
      const found = (await bulk.getRelations([relation.id])).map((edge) => edge.id);
      expect(found).toEqual([relation.id]);
    }
  });
});
