// /api/health tells the truth when the store cannot answer: 503 and status "unavailable".
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededKuzuGraph, type TestGraph } from "./support/kuzu-test-graph.js";
import { expectErrorShape, type ApiClient } from "./support/api-response.js";
import { injectApp } from "./support/injected-app.js";

let graph: TestGraph;
let server: ApiClient;

beforeAll(async () => {
  graph = await createSeededKuzuGraph();
  server = await injectApp({ store: graph.store, queries: graph.queries });
  await graph.store.close();
});
afterAll(async () => {
  await server?.close();
  await graph?.dispose();
});

describe("a closed store", () => {
  it("makes /api/health answer 503 unavailable", async () => {
    const res = await server.get("/api/health");
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ status: "unavailable", store: "kuzu" });
  });

  it("makes data routes answer 503 store_unavailable, without a stack", async () => {
    const error = expectErrorShape(await server.get("/api/schema"), 503, "store_unavailable");
    expect(error.message).toContain("closed");
  });
});
