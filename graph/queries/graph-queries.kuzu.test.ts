// The query layer against a real Kuzu store in a temp folder, loaded with a small hand-made graph.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REFUSED_QUERIES } from "../cypher/corpus.js";
import { InvalidInputError, NotFoundError, QueryRefusedError, TooLargeError } from "../errors.js";
import { createKuzuStore } from "../kuzu/index.js";
import { Entity } from "../model/entity.js";
import { RelationInput, toRelation } from "../model/relation.js";
import type { GraphStore } from "../store.js";
import { createGraphQueries } from "./graph-queries.js";

const SOURCE = "src:test-article";
const org = (id: string, name: string, aliases: string[] = []) => ({ id, kind: "Organization", name, aliases });
const ENTITIES = [
  { id: "person:donald-trump", kind: "Person", name: "Donald Trump", aliases: ["Trump"] },
  { id: "person:jeff-bezos", kind: "Person", name: "Jeff Bezos" },
  { id: "contract:jedi", kind: "Contract", name: "JEDI", aliases: ["Joint Enterprise Defense Infrastructure"] },
  org("org:microsoft", "Microsoft"),
  org("org:amazon", "Amazon", ["AWS"]),
  org("org:us-dod", "United States Department of Defense", ["Pentagon", "DoD"]),
  {
    id: SOURCE,
    kind: "Source",
    name: "A test article",
    properties: {
      title: "A test article",
      language: "de",
      file: "a.txt",
      published: "2019-10",
      publishedInferred: false,
    },
  },
].map((e) => Entity.parse(e));

const rel = (from: string, type: string, to: string, status = "confirmed") =>
  toRelation(
    RelationInput.parse({ from, type, to, status, evidence: [{ source: SOURCE, paragraph: 1, summary: "test" }] }),
  );
const RELATIONS = [
  rel("person:donald-trump", "INFLUENCED", "contract:jedi", "alleged"),
  rel("org:microsoft", "WON", "contract:jedi"),
  rel("org:us-dod", "AWARDED", "contract:jedi"),
  rel("org:amazon", "BID_FOR", "contract:jedi"),
  rel("org:amazon", "PROTESTED", "contract:jedi"),
  rel("person:jeff-bezos", "LEADS", "org:amazon"),
  rel("person:donald-trump", "CRITICIZED", "person:jeff-bezos"),
  rel("org:amazon", "COMPETES_WITH", "org:microsoft"),
];

describe("graph queries on a Kuzu store", () => {
  let root: string;
  let store: GraphStore;
  const adjacencyRequests: string[][] = [];
  // The real store, with adjacency calls recorded to check the per-request cache.
  let recording: GraphStore;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), "graph-queries-"));
    store = await createKuzuStore({ dataDir: root, bufferPoolBytes: 64 * 1024 * 1024 });
    await store.ensureSchema();
    await store.upsertEntities(ENTITIES);
    await store.upsertRelations(RELATIONS);
    recording = Object.create(store) as GraphStore;
    recording.adjacency = (ids, filter) => {
      adjacencyRequests.push([...ids]);
      return store.adjacency(ids, filter);
    };
  }, 60_000);

  afterAll(async () => {
    await store?.close();
    if (root) await rm(root, { recursive: true, force: true });
  });

  const queries = () => createGraphQueries(recording, { maxSubgraphIds: 5 });

  it("finds the Department of Defense by its alias and Bezos without accents or case", async () => {
    expect((await queries().search("pentagon")).results[0]).toMatchObject({ id: "org:us-dod", score: 0.9 });
    for (const q of ["bézos", "BEZOS"]) {
      expect((await queries().search(q)).results[0]?.id).toBe("person:jeff-bezos");
    }
    const people = await queries().search("o", { kinds: ["Person"], limit: 5 });
    expect(people.results.every((hit) => hit.kind === "Person")).toBe(true);
  });

  it("resolves names and ids, and names the text it cannot resolve", async () => {
    expect((await queries().resolveEntity("Donald Trump")).id).toBe("person:donald-trump");
    expect((await queries().resolveEntity("org:microsoft")).name).toBe("Microsoft");
    await expect(queries().resolveEntity("Nobody Known")).rejects.toMatchObject({
      constructor: NotFoundError,
      message: 'No entity matches "Nobody Known"',
      details: { parameter: "nameOrId", text: "Nobody Known" },
    });
  });

  it("finds Trump —INFLUENCED→ JEDI ←WON— Microsoft through the JEDI waypoint", async () => {
    const q = queries();
    const [from, to, via] = await Promise.all(["Donald Trump", "Microsoft", "JEDI"].map((t) => q.resolveEntity(t)));
    const { paths } = await q.paths({ from: from!.id, to: to!.id, via: via!.id });
    expect(paths[0]).toMatchObject({
      length: 2,
      nodeIds: ["person:donald-trump", "contract:jedi", "org:microsoft"],
      edgeIds: ["rel:person:donald-trump>influenced>contract:jedi", "rel:org:microsoft>won>contract:jedi"],
      text: "Donald Trump —allegedly influenced→ JEDI ←won— Microsoft",
    });
    expect(paths[0]!.nodes.map((n) => n.name)).toEqual(["Donald Trump", "JEDI", "Microsoft"]);
    expect(paths[0]!.edges.map((e) => e.type)).toEqual(["INFLUENCED", "WON"]);
    for (const path of paths) expect(path.nodeIds).toContain("contract:jedi");
  });

  it("lists distinct routes, shortest first and better supported first, asking the store for each node once", async () => {
    adjacencyRequests.length = 0;
    const { paths } = await queries().paths({ from: "person:donald-trump", to: "org:microsoft", k: 4 });
    expect(paths.map((p) => p.length)).toEqual([2, 3, 3, 4]);
    // Amazon both bid for and protested JEDI: one step of one route, which ranks behind the confirmed
    // route of the same length since it passes the alleged influence.
    expect(paths.map((p) => p.nodeIds.join(" "))).toEqual([
      "person:donald-trump contract:jedi org:microsoft",
      "person:donald-trump person:jeff-bezos org:amazon org:microsoft",
      "person:donald-trump contract:jedi org:amazon org:microsoft",
      "person:donald-trump person:jeff-bezos org:amazon contract:jedi org:microsoft",
    ]);
    expect(paths[2]!.steps[1]!.edgeIds).toEqual([
      "rel:org:amazon>bid_for>contract:jedi",
      "rel:org:amazon>protested>contract:jedi",
    ]);
    const fetched = adjacencyRequests.flat();
    expect(new Set(fetched).size).toBe(fetched.length);
  });

  it("follows relation direction only when directed, and filters by type", async () => {
    const q = queries();
    // Trump → JEDI ← Microsoft runs against WON's direction; only the chain through Bezos and Amazon is left.
    const directed = await q.paths({ from: "person:donald-trump", to: "org:microsoft", directed: true });
    expect(directed.paths.map((p) => p.nodeIds)).toEqual([
      ["person:donald-trump", "person:jeff-bezos", "org:amazon", "org:microsoft"],
    ]);
    expect((await q.paths({ from: "org:microsoft", to: "person:donald-trump", directed: true })).paths).toEqual([]);
    const onlyWon = await q.paths({ from: "org:us-dod", to: "org:microsoft", types: ["WON", "AWARDED"], k: 5 });
    expect(onlyWon.paths.map((p) => p.nodeIds)).toEqual([["org:us-dod", "contract:jedi", "org:microsoft"]]);
  });

  it("refuses unknown ids, equal ends and out-of-range limits, naming the parameter", async () => {
    const q = queries();
    await expect(q.paths({ from: "person:nobody", to: "org:microsoft" })).rejects.toMatchObject({
      constructor: NotFoundError,
      details: { parameter: "from" },
    });
    await expect(q.paths({ from: "org:microsoft", to: "org:microsoft" })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(q.paths({ from: "org:amazon", to: "org:microsoft", maxHops: 11 })).rejects.toMatchObject({
      details: { parameter: "maxHops" },
    });
    await expect(q.neighbors("org:amazon", { depth: 4 })).rejects.toMatchObject({ details: { parameter: "depth" } });
    await expect(q.entity("Not An Id")).rejects.toMatchObject({ details: { parameter: "id" } });
  });

  it("expands a neighbourhood with the start node first, capped and filtered", async () => {
    const q = queries();
    const all = await q.neighbors("contract:jedi", { depth: 1 });
    expect(all.nodes.map((n) => n.id).sort()).toEqual(
      ["contract:jedi", "org:amazon", "org:microsoft", "org:us-dod", "person:donald-trump"].sort(),
    );
    expect(all).toMatchObject({ truncated: false, total: 5 });
    expect(all.edges.map((e) => e.id)).toContain("rel:org:amazon>competes_with>org:microsoft");
    const capped = await q.neighbors("contract:jedi", { depth: 2, limit: 3 });
    expect(capped.nodes).toHaveLength(3);
    expect(capped.nodes.map((n) => n.id)).toContain("contract:jedi");
    expect(capped.truncated).toBe(true);
    const won = await q.neighbors("contract:jedi", { types: ["WON"] });
    expect(won.nodes.map((n) => n.id)).toEqual(["contract:jedi", "org:microsoft"]);
  });

  it("counts what waits behind a node by type, stance and direction", async () => {
    const summary = await queries().neighborSummary("org:amazon");
    expect(summary).toMatchObject({ id: "org:amazon", total: 4, neighbors: 3 });
    expect(summary.byStance).toEqual({ rivalry: 2, partnership: 0, neutral: 2 });
    expect(summary.counts).toContainEqual({ type: "LEADS", stance: "neutral", direction: "in", count: 1 });
    expect(summary.counts).toContainEqual({ type: "PROTESTED", stance: "rivalry", direction: "out", count: 1 });
  });

  it("returns an entity with its relations, a source with what it supports, and subgraphs", async () => {
    const q = queries();
    const jedi = await q.entity("contract:jedi");
    expect(jedi.relations).toHaveLength(5);
    const source = await q.source(SOURCE);
    expect(source.supports).toHaveLength(RELATIONS.length);
    await expect(q.source("org:microsoft")).rejects.toBeInstanceOf(NotFoundError);
    const sub = await q.subgraph(["person:donald-trump", "contract:jedi", "org:microsoft"]);
    expect(sub.nodes).toHaveLength(3);
    expect(sub.edges.map((e) => e.type).sort()).toEqual(["INFLUENCED", "WON"]);
    await expect(q.subgraph(ENTITIES.map((e) => e.id))).rejects.toBeInstanceOf(TooLargeError);
    await expect(q.subgraph(["org:nope"])).rejects.toBeInstanceOf(NotFoundError);
  });

  it("reports every kind and relation type with counts, zeros included", async () => {
    const schema = await queries().schema();
    expect(schema.kinds).toContainEqual({ kind: "Place", count: 0 });
    expect(schema.kinds).toContainEqual({ kind: "Organization", count: 3 });
    expect(schema.relationTypes).toContainEqual({ type: "PROTESTED", stance: "rivalry", count: 1 });
    expect(schema.relationTypes).toContainEqual({ type: "SUPPLIES", stance: "partnership", count: 0 });
    expect(await queries().health()).toEqual({ entities: ENTITIES.length, relations: RELATIONS.length });
  });

  it("runs read Cypher and draws the entities and relations it returned", async () => {
    const answer = await queries().cypher(
      "MATCH (a:Entity)-[r:Relation]->(b:Entity) WHERE b.id = $id AND r.type = 'WON' RETURN a, r, b",
      { id: "contract:jedi" },
    );
    expect(answer.rows).toHaveLength(1);
    expect(answer.graph.nodes.map((n) => n.id)).toEqual(["contract:jedi", "org:microsoft"]);
    expect(answer.graph.edges.map((e) => e.id)).toEqual(["rel:org:microsoft>won>contract:jedi"]);
  });

  it("refuses every write and escape attempt of the corpus and leaves the data as it was", async () => {
    const q = queries();
    for (const { query } of REFUSED_QUERIES) {
      await expect(q.cypher(query, {}), query).rejects.toBeInstanceOf(QueryRefusedError);
    }
    expect(await store.counts()).toEqual({ entities: ENTITIES.length, relations: RELATIONS.length });
  });
});
