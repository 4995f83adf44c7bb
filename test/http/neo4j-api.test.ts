// The HTTP API served from Neo4j: the main endpoints answer as they do on Kuzu, byte for byte in JSON,
// and a write sent to /api/cypher is refused (422) without touching the data.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeWithNeo4j } from "../support/neo4j-for-tests.js";
import { createSeededKuzuGraph, type TestGraph } from "./support/kuzu-test-graph.js";
import { expectErrorShape, type ApiClient, type JsonResponse } from "./support/api-response.js";
import { injectApp } from "./support/injected-app.js";
import { createSeededNeo4jGraph, type Neo4jTestGraph } from "./support/neo4j-test-graph.js";

const JEDI = "contract:jedi";

/** GET paths and POST bodies asked of both servers; the answers must be equal as data. */
const GETS = [
  "/api/search?q=pentagon",
  "/api/search?q=PENT%C3%81GON&limit=3",
  "/api/search?q=a&kinds=Person,Event&limit=50",
  "/api/paths?from=Trump&to=Microsoft&via=JEDI",
  "/api/paths?from=person:donald-trump&to=org:microsoft&types=OPPOSED,MET_WITH,CEO_OF&k=5",
  "/api/paths?from=person:donald-trump&to=org:microsoft&stance=rivalry&directed=true",
  "/api/paths?from=person:donald-trump&to=org:microsoft&maxHops=1",
  `/api/entities/${JEDI}`,
  "/api/entities/org:amazon/summary",
  "/api/entities/org:microsoft/neighbors?depth=2",
  "/api/entities/org:amazon/neighbors?depth=2&stance=rivalry",
  "/api/entities/org:nobody",
  "/api/overview",
  "/api/overview?limit=10",
  "/api/schema",
  "/api/sources/src:001",
];
const POSTS: [string, unknown][] = [
  ["/api/subgraph", { ids: ["person:donald-trump", JEDI, "org:microsoft"] }],
  [
    "/api/cypher",
    { query: "MATCH (a:Entity)-[r]->(b:Entity {id: $id}) RETURN a, r ORDER BY r.id", params: { id: JEDI } },
  ],
  ["/api/cypher", { query: "MATCH (e:Entity) RETURN e.kind AS kind, count(*) AS n ORDER BY kind" }],
  ["/api/cypher", { query: "CREATE (n:Entity {id: 'org:intruder', name: 'Intruder'})" }],
];

const answerOf = (res: JsonResponse) => ({ status: res.status, body: res.body });

describeWithNeo4j("the API on Neo4j", () => {
  let kuzuGraph: TestGraph | undefined;
  let neo4jGraph: Neo4jTestGraph | undefined;
  let onKuzu: ApiClient;
  let onNeo4j: ApiClient;

  beforeAll(async () => {
    kuzuGraph = await createSeededKuzuGraph();
    neo4jGraph = await createSeededNeo4jGraph();
    onKuzu = await injectApp({ store: kuzuGraph.store, queries: kuzuGraph.queries });
    onNeo4j = await injectApp({ store: neo4jGraph.store, queries: neo4jGraph.queries });
  }, 240_000);
  afterAll(async () => {
    await onKuzu?.close();
    await onNeo4j?.close();
    await kuzuGraph?.dispose();
    await neo4jGraph?.dispose();
  });

  it("reports store neo4j in /api/health, with the same counts as Kuzu", async () => {
    const neo4jHealth = await onNeo4j.get("/api/health");
    const kuzuHealth = await onKuzu.get("/api/health");
    expect(neo4jHealth.status).toBe(200);
    expect(neo4jHealth.body).toEqual({ ...kuzuHealth.body, store: "neo4j" });
    expect(neo4jHealth.body).toMatchObject({ status: "ok", store: "neo4j", entities: 70, relations: 105 });
  });

  it("finds the Pentagon by its alias", async () => {
    const res = await onNeo4j.get("/api/search?q=pentagon");
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toMatchObject({ id: "org:us-dod", score: 0.9 });
  });

  it("finds paths from Trump to Microsoft through JEDI, by name", async () => {
    const res = await onNeo4j.get("/api/paths?from=Trump&to=Microsoft&via=JEDI");
    expect(res.status).toBe(200);
    expect(res.body.paths[0].nodeIds).toEqual(["person:donald-trump", JEDI, "org:microsoft"]);
    for (const path of res.body.paths) expect(path.nodeIds).toContain(JEDI);
  });

  it("refuses a CREATE with 422 and changes nothing", async () => {
    const before = (await onNeo4j.get("/api/health")).body;
    const res = await onNeo4j.post("/api/cypher", { query: "CREATE (n:Entity {id: 'org:intruder'}) RETURN n" });
    expect(expectErrorShape(res, 422, "query_refused").message).toContain("CREATE");
    expect((await onNeo4j.get("/api/health")).body).toEqual(before);
    expect((await onNeo4j.get("/api/entities/org:intruder")).status).toBe(404);
  });

  it("shows the most connected entities in the overview, Amazon among them", async () => {
    const res = await onNeo4j.get("/api/overview?limit=10");
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ truncated: true, total: 70 });
    expect(res.body.nodes.map((n: { id: string }) => n.id)).toContain("org:amazon");
  });

  describe("answers exactly as Kuzu does", () => {
    it.each(GETS)("GET %s", async (path) => {
      const neo4jAnswer = answerOf(await onNeo4j.get(path));
      expect(neo4jAnswer).toEqual(answerOf(await onKuzu.get(path)));
      expect(neo4jAnswer.status).toBeLessThan(500);
    });

    it.each(POSTS)("POST %s %j", async (path, body) => {
      const neo4jAnswer = answerOf(await onNeo4j.post(path, body));
      expect(neo4jAnswer).toEqual(answerOf(await onKuzu.post(path, body)));
      expect(neo4jAnswer.status).toBeLessThan(500);
    });
  });
});
