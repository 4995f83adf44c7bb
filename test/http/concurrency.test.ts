// A browser asks several things at once as the explorer opens; the server must answer them all, even
// on a store that has not run those queries before.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededKuzuGraph, type TestGraph } from "./support/kuzu-test-graph.js";
import type { ApiClient } from "./support/api-response.js";
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

describe("parallel requests", () => {
  it("are all answered, on a store that has not run those queries yet", async () => {
    const paths = [
      "/api/health",
      "/api/schema",
      "/api/search?q=microsoft",
      "/api/entities/org:microsoft",
      "/api/entities/org:microsoft/summary",
      "/api/entities/contract:jedi/neighbors?depth=2",
      "/api/paths?from=person:donald-trump&to=org:microsoft",
      "/api/entities/org:amazon",
    ];
    const answers = await Promise.all(paths.map((path) => server.get(path)));
    expect(answers.map((answer) => answer.status)).toEqual(paths.map(() => 200));
  });
});
