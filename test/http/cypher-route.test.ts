// POST /api/cypher over Kuzu, through inject: reads answer rows and a drawable graph, writes are refused.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededKuzuGraph, type TestGraph } from "./support/kuzu-test-graph.js";
import { expectErrorShape, type ApiClient } from "./support/api-response.js";
import { injectApp } from "./support/injected-app.js";

let graph: TestGraph;
let server: ApiClient;

beforeAll(async () => {
  graph = await createSeededKuzuGraph();
  server = await injectApp({ store: graph.store, queries: graph.queries });
});
afterAll(async () => {
  await server?.close();
  await graph?.dispose();
});

describe("POST /api/cypher", () => {
  it("answers a parameterised read with its columns and rows", async () => {
    const res = await server.post("/api/cypher", {
      query: "MATCH (e:Entity) WHERE e.id = $id RETURN e.name AS name",
      params: { id: "org:microsoft" },
    });
    expect(res.status).toBe(200);
    expect(res.body.columns).toEqual(["name"]);
    expect(res.body.rows).toEqual([["Microsoft"]]);
    expect(res.body.truncated).toBe(false);
  });

  it("returns the nodes a query matched as a graph to draw", async () => {
    const res = await server.post("/api/cypher", {
      query: "MATCH (a:Entity)-[r:Relation]->(b:Entity) WHERE b.id = 'contract:jedi' RETURN a, r, b",
    });
    expect(res.status).toBe(200);
    expect(res.body.graph.nodes.map((node: { id: string }) => node.id)).toContain("contract:jedi");
    expect(res.body.graph.edges.length).toBeGreaterThan(0);
  });

  it("refuses a CREATE with 422 and leaves the graph as it was", async () => {
    const before = (await server.get("/api/health")).body;
    const res = await server.post("/api/cypher", { query: "CREATE (e:Entity {id: 'org:evil', name: 'Evil'})" });
    const error = expectErrorShape(res, 422, "query_refused");
    expect(error.message).toMatch(/CREATE|read-only|write/i);
    const after = (await server.get("/api/health")).body;
    expect(after).toEqual(before);
    expect((await server.get("/api/entities/org:evil")).status).toBe(404);
  });

  it("refuses a DETACH DELETE hidden after a read", async () => {
    const before = await graph.store.counts();
    const res = await server.post("/api/cypher", { query: "MATCH (e:Entity) WITH e LIMIT 1 DETACH DELETE e" });
    expectErrorShape(res, 422, "query_refused");
    expect(await graph.store.counts()).toEqual(before);
  });

  it("names the field when the body is not what the route takes", async () => {
    const missing = expectErrorShape(await server.post("/api/cypher", { params: {} }), 400, "invalid_input");
    expect(missing.message).toContain("query");
    const extra = expectErrorShape(
      await server.post("/api/cypher", { query: "RETURN 1", limit: 3 }),
      400,
      "invalid_input",
    );
    expect(extra.message).toContain("limit");
    expectErrorShape(await server.post("/api/cypher", "{not json"), 400, "invalid_input");
  });
});
