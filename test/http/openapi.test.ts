// The OpenAPI document: valid OpenAPI 3.1, generated from the zod schemas, with every API route in it.
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededKuzuGraph, type TestGraph } from "./support/kuzu-test-graph.js";
import type { ApiClient } from "./support/api-response.js";
import { injectApp } from "./support/injected-app.js";

const API_ROUTES = [
  ["get", "/api/health"],
  ["get", "/api/search"],
  ["get", "/api/entities/{id}"],
  ["get", "/api/entities/{id}/summary"],
  ["get", "/api/entities/{id}/neighbors"],
  ["get", "/api/paths"],
  ["post", "/api/subgraph"],
  ["get", "/api/overview"],
  ["get", "/api/export"],
  ["post", "/api/export"],
  ["get", "/api/schema"],
  ["post", "/api/cypher"],
  ["get", "/api/sources/{id}"],
  ["get", "/api/openapi.json"],
  ["get", "/api/duplicates"],
  ["post", "/api/merges"],
  ["get", "/api/merges"],
  ["get", "/api/merges/{id}"],
  ["post", "/api/merges/{id}/undo"],
  ["post", "/api/imports"],
] as const;

let graph: TestGraph;
let server: ApiClient;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- an OpenAPI document is read as plain JSON
let document: any;

beforeAll(async () => {
  graph = await createSeededKuzuGraph();
  server = await injectApp({ store: graph.store, queries: graph.queries });
  document = (await server.get("/api/openapi.json")).body;
});
afterAll(async () => {
  await server?.close();
  await graph?.dispose();
});

describe("GET /api/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe("3.1.0");
  });

  it("lists exactly the API's routes, each one served by the app", () => {
    const documented = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item as object).map((method) => `${method} ${path}`),
    );
    expect(documented.sort()).toEqual(API_ROUTES.map(([method, path]) => `${method} ${path}`).sort());
    for (const [method, path] of API_ROUTES) {
      const url = path.replace(/\{(\w+)\}/g, ":$1");
      expect(server.app.hasRoute({ method: method.toUpperCase() as "GET", url }), `${method} ${url}`).toBe(true);
    }
  });

  it("describes parameters from the zod schemas, vocabulary included", () => {
    const parameters = document.paths["/api/paths"].get.parameters as { name: string; schema: object }[];
    const maxHops = parameters.find((parameter) => parameter.name === "maxHops");
    expect(maxHops?.schema).toMatchObject({ maximum: 10 });
    const types = parameters.find((parameter) => parameter.name === "types") as { description?: string } | undefined;
    expect(types?.description).toContain("COMPETES_WITH");
    const errorSchema = JSON.stringify(document.paths["/api/paths"].get.responses["400"]);
    expect(errorSchema).toContain("ErrorBody");
  });
});
