// The Neo4j adapter against a real Neo4j: writes are idempotent upserts, reads come back as our model,
// integers are plain numbers, and user Cypher is held to reading.
import neo4j from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { InvalidInputError, QueryRefusedError, StoreUnavailableError } from "../../graph/errors.js";
import { createNeo4jStore } from "../../graph/neo4j/index.js";
import { runInReadSession } from "../../graph/neo4j/read-only-runner.js";
import type { GraphStore } from "../../graph/store.js";
import { createTestNeo4jStore, describeWithNeo4j } from "../support/neo4j-for-tests.js";
import { entities, relations } from "./fixtures.js";

describeWithNeo4j("Neo4j store", (target) => {
  let store: GraphStore;

  beforeAll(async () => {
    store = await createTestNeo4jStore();
  });
  afterAll(async () => {
    await store?.close();
  });
  beforeEach(async () => {
    await store.clear();
    await store.upsertEntities(entities);
    await store.upsertRelations(relations);
  });

  it("reads back entities exactly as written, properties and numbers included", async () => {
    const [jedi, microsoft] = await store.getEntities(["org:microsoft", "contract:jedi"]);
    expect(jedi).toEqual({
      id: "contract:jedi",
      kind: "Contract",
      name: "JEDI",
      aliases: ["Joint Enterprise Defense Infrastructure"],
      properties: { value: { value: 10_000_000_000, currency: "USD", qualifier: "up to" }, durationYears: 10 },
    });
    expect(microsoft?.properties.employees).toBe(221000);
  });

  it("reads back relations with dates, amounts, notes and evidence", async () => {
    const edges = await store.relationsOf("contract:jedi");
    expect(edges.map((edge) => edge.id)).toEqual([
      "rel:org:amazon>protested>contract:jedi",
      "rel:org:microsoft>won>contract:jedi",
      "rel:org:pentagon>awarded>contract:jedi",
    ]);
    expect(edges[2]).toEqual({
      id: "rel:org:pentagon>awarded>contract:jedi",
      source: "org:pentagon",
      target: "contract:jedi",
      type: "AWARDED",
      stance: "neutral",
      status: "confirmed",
      date: { start: "2019", end: "2021-07" },
      amount: { value: 10_000_000_000, currency: "USD", qualifier: "up to" },
      note: null,
      evidence: [{ source: "src:article-1", paragraph: 3, summary: "The article says so." }],
    });
    expect(edges[0]?.note).toBe("via court complaint");
  });

  it("upserts idempotently: writing everything twice changes no count", async () => {
    await store.upsertEntities(entities);
    await store.upsertRelations(relations);
    expect(await store.counts()).toEqual({ entities: 5, relations: 4 });
    const schema = await store.schemaCounts();
    expect(schema.kinds).toEqual([
      { kind: "Contract", count: 1 },
      { kind: "Organization", count: 3 },
      { kind: "Source", count: 1 },
    ]);
    expect(schema.relationTypes.map((t) => t.type)).toEqual(["AWARDED", "COMPETES_WITH", "PROTESTED", "WON"]);
  });

  it("counts come back as JS numbers, not driver Integers", async () => {
    const counts = await store.counts();
    expect(typeof counts.entities).toBe("number");
    const result = await store.runReadOnlyCypher(
      "RETURN 2 + 3 AS five, [1, 2] AS list",
      {},
      { maxRows: 10, timeoutMs: 5000 },
    );
    expect(result.rows).toEqual([[5, [1, 2]]]);
  });

  it("an update replaces optional fields and moves the kind label", async () => {
    const won = relations[0]!;
    await store.upsertRelations([{ ...won, date: undefined, note: "later annulled", status: "denied" }]);
    const [edge] = await store.getRelations([won.id]);
    expect(edge).toMatchObject({ date: null, note: "later annulled", status: "denied" });

    const amazon = entities[1]!;
    await store.upsertEntities([{ ...amazon, name: "AWS Inc.", aliases: [] }]);
    const [updated] = await store.getEntities([amazon.id]);
    expect(updated).toMatchObject({ name: "AWS Inc.", aliases: [] });
    const labels = await store.runReadOnlyCypher(
      "MATCH (e:Entity {id: $id}) RETURN labels(e) AS labels",
      { id: amazon.id },
      { maxRows: 1, timeoutMs: 5000 },
    );
    expect(labels.rows[0]?.[0]).toEqual(["Entity", "Organization"]);
  });

  it("moving a relation's end keeps one relation with that id", async () => {
    const competes = relations[3]!;
    await store.upsertRelations([{ ...competes, to: "org:pentagon" }]);
    const edges = await store.getRelations([competes.id]);
    expect(edges.map((edge) => [edge.source, edge.target])).toEqual([["org:microsoft", "org:pentagon"]]);
  });

  it("changing a relation's type under the same id keeps one relation", async () => {
    const competes = relations[3]!;
    await store.upsertRelations([{ ...competes, type: "PARTNERS_WITH", stance: "partnership" }]);
    const edges = await store.getRelations([competes.id]);
    expect(edges.map((edge) => [edge.type, edge.stance])).toEqual([["PARTNERS_WITH", "partnership"]]);
    expect((await store.counts()).relations).toBe(4);
  });

  it("refuses a batch that holds the same id twice", async () => {
    await expect(store.upsertEntities([entities[0]!, entities[0]!])).rejects.toThrow(/org:microsoft appears twice/);
  });

  it("refuses a relation whose end does not exist, naming it, and writes nothing of the batch", async () => {
    const dangling = { ...relations[0]!, id: "rel:dangling", to: "contract:nowhere" };
    const error = await store.upsertRelations([relations[3]!, dangling]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as Error).message).toContain("contract:nowhere");
    expect(await store.getRelations(["rel:dangling"])).toEqual([]);
  });

  it("search finds entities containing every folded term, filtered by kind, ordered by id", async () => {
    const hits = await store.searchCandidates(["pentagon"], { limit: 10 });
    expect(hits.map((hit) => hit.id)).toEqual(["org:pentagon"]);
    const withA = await store.searchCandidates(["a"], { kinds: ["Organization", "Source"], limit: 2 });
    expect(withA.map((hit) => hit.id)).toEqual(["org:amazon", "org:pentagon"]);
    const sources = await store.searchCandidates(["a"], { kinds: ["Source"], limit: 10 });
    expect(sources.map((hit) => hit.id)).toEqual(["src:article-1"]);
    expect(await store.searchCandidates(["joint", "defense"], { limit: 10 })).toHaveLength(1);
    expect(await store.searchCandidates(["joint", "offense"], { limit: 10 })).toHaveLength(0);
  });

  it("lists entity ids by degree, then id", async () => {
    expect(await store.listEntityIds({ limit: 3 })).toEqual(["contract:jedi", "org:amazon", "org:microsoft"]);
    expect(await store.listEntityIds({ kinds: ["Source"], limit: 3 })).toEqual(["src:article-1"]);
  });

  it("adjacency follows direction and filters, ordered by edge id", async () => {
    const out = await store.adjacency(["org:microsoft"], { direction: "out" });
    expect(out.map((edge) => edge.id)).toEqual([
      "rel:org:microsoft>competes_with>org:amazon",
      "rel:org:microsoft>won>contract:jedi",
    ]);
    const incoming = await store.adjacency(["org:amazon"], { direction: "in" });
    expect(incoming).toEqual([
      {
        id: "rel:org:microsoft>competes_with>org:amazon",
        source: "org:microsoft",
        target: "org:amazon",
        type: "COMPETES_WITH",
      },
    ]);
    const rivals = await store.adjacency(["contract:jedi", "org:amazon"], { direction: "both", stances: ["rivalry"] });
    expect(rivals.map((edge) => edge.type)).toEqual(["PROTESTED", "COMPETES_WITH"]);
    const won = await store.adjacency(["contract:jedi"], { types: ["WON"] });
    expect(won.map((edge) => edge.source)).toEqual(["org:microsoft"]);
  });

  it("relationsAmong and relationsCiting find the right edges", async () => {
    const among = await store.relationsAmong(["org:microsoft", "org:amazon", "org:pentagon"]);
    expect(among.map((edge) => edge.type)).toEqual(["COMPETES_WITH"]);
    expect(await store.relationsCiting("src:article-1")).toHaveLength(4);
    expect(await store.relationsCiting("src:other")).toEqual([]);
  });

  it("user Cypher returns nodes, relationships and paths as plain JSON with their ids", async () => {
    const result = await store.runReadOnlyCypher(
      "MATCH p = (a:Entity {id: $id})-[r:WON]->(c) RETURN a, r, p",
      { id: "org:microsoft" },
      { maxRows: 10, timeoutMs: 5000 },
    );
    expect(result.columns).toEqual(["a", "r", "p"]);
    const [node, edge, path] = result.rows[0]!;
    expect(node).toMatchObject({ id: "org:microsoft", kind: "Organization", name: "Microsoft" });
    expect(edge).toMatchObject({
      id: "rel:org:microsoft>won>contract:jedi",
      type: "WON",
      source: "org:microsoft",
      target: "contract:jedi",
    });
    expect(path).toMatchObject({
      nodes: [{ id: "org:microsoft" }, { id: "contract:jedi" }],
      relationships: [{ type: "WON" }],
    });
    expect(result.entityIds.sort()).toEqual(["contract:jedi", "org:microsoft"]);
    expect(result.relationIds).toEqual(["rel:org:microsoft>won>contract:jedi"]);
    expect(result.truncated).toBe(false);
  });

  it("a relationship returned without its nodes still names its ends", async () => {
    const result = await store.runReadOnlyCypher(
      "MATCH ()-[r:PROTESTED]->() RETURN r",
      {},
      { maxRows: 5, timeoutMs: 5000 },
    );
    expect(result.rows[0]?.[0]).toMatchObject({ source: "org:amazon", target: "contract:jedi" });
  });

  it("stops at the row cap and says the result was cut", async () => {
    const result = await store.runReadOnlyCypher(
      "UNWIND range(1, 100000) AS n RETURN n",
      {},
      { maxRows: 3, timeoutMs: 5000 },
    );
    expect(result.rows).toEqual([[1], [2], [3]]);
    expect(result.truncated).toBe(true);
  });

  it("the guard refuses a write before it reaches Neo4j", async () => {
    await expect(
      store.runReadOnlyCypher("CREATE (n:Entity {id: 'org:x'}) RETURN n", {}, { maxRows: 1, timeoutMs: 5000 }),
    ).rejects.toBeInstanceOf(QueryRefusedError);
  });

  it("the READ session refuses a write that got past the guard", async () => {
    const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
    try {
      const openSession = (mode: "READ" | "WRITE") =>
        driver.session({ defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE });
      const error = await runInReadSession(
        openSession,
        "CREATE (n:Entity {id: 'org:sneaky'}) RETURN n",
        {},
        { maxRows: 1, timeoutMs: 5000 },
        target.uri,
      ).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(QueryRefusedError);
      expect(await store.getEntities(["org:sneaky"])).toEqual([]);
    } finally {
      await driver.close();
    }
  });

  it("bad Cypher syntax is the user's error, not the server's", async () => {
    const error = await store
      .runReadOnlyCypher("MATCH (n) RETURN n ORDER BY", {}, { maxRows: 1, timeoutMs: 5000 })
      .catch((e: unknown) => e);
    expect((error as { code?: string }).code).toMatch(/invalid_input|query_refused/);
  });

  it("describe names the server version and URI", async () => {
    expect(await store.describe()).toMatch(/^Neo4j 5\.\d+\.\d+ \w+ at (bolt|neo4j):\/\//);
  });

  it("works the same through a neo4j:// routing URI", async () => {
    const routed = createNeo4jStore({
      uri: target.uri.replace(/^bolt:/, "neo4j:"),
      user: target.user,
      password: target.password,
    });
    try {
      expect(await routed.counts()).toEqual({ entities: 5, relations: 4 });
    } finally {
      await routed.close();
    }
  });
});

it("a Neo4j that is not there is StoreUnavailableError, quickly", async () => {
  const started = Date.now();
  const store = createNeo4jStore({ uri: "bolt://127.0.0.1:1", user: "neo4j", password: "x", maxRetryTimeMs: 500 });
  try {
    await expect(store.ping()).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.searchCandidates(["a"], { limit: 1 })).rejects.toBeInstanceOf(StoreUnavailableError);
  } finally {
    await store.close();
  }
  expect(Date.now() - started).toBeLessThan(10_000);
});

it("a malformed URI is named in the error", () => {
  expect(() => createNeo4jStore({ uri: "http://localhost:7474", user: "neo4j", password: "x" })).toThrow(/bolt:\/\//);
});
