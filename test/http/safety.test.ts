// The guards around the API, through inject (app.ts as main.ts builds it): bearer token, body limit, rate limit, CORS, headers,
// and the built front end with its index.html fallback.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededKuzuGraph, type TestGraph } from "./support/kuzu-test-graph.js";
import { expectErrorShape, type ApiClient } from "./support/api-response.js";
import { injectApp } from "./support/injected-app.js";

let graph: TestGraph;
const servers: ApiClient[] = [];

async function start(options: Omit<Parameters<typeof injectApp>[0], "store" | "queries"> = {}) {
  const server = await injectApp({ store: graph.store, queries: graph.queries, ...options });
  servers.push(server);
  return server;
}

beforeAll(async () => {
  graph = await createSeededKuzuGraph();
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
  await graph?.dispose();
});

describe("with API_TOKEN set", () => {
  const token = "test-token-8c1f0e2d7b";
  let server: ApiClient;
  beforeAll(async () => {
    server = await start({ apiToken: token });
  });

  it("keeps /api/health open", async () => {
    expect((await server.get("/api/health")).status).toBe(200);
  });

  it("refuses every other route without the token, with a hint", async () => {
    for (const path of ["/api/search?q=microsoft", "/api/schema", "/api/entities/org:microsoft", "/api/openapi.json"]) {
      const res = await server.get(path);
      expect(expectErrorShape(res, 401, "unauthorized").message).toContain("Authorization: Bearer");
      expect(res.headers.get("www-authenticate")).toContain("Bearer");
    }
    expectErrorShape(await server.post("/api/subgraph", { ids: ["org:microsoft"] }), 401, "unauthorized");
  });

  it("refuses a wrong token, including one that differs only in length", async () => {
    for (const wrong of ["wrong", `${token}x`, token.slice(0, -1)]) {
      expectErrorShape(await server.get("/api/schema", { authorization: `Bearer ${wrong}` }), 401, "unauthorized");
    }
    expectErrorShape(await server.get("/api/schema", { authorization: token }), 401, "unauthorized");
  });

  it("says so in the OpenAPI document", async () => {
    const document = (await server.get("/api/openapi.json", { authorization: `Bearer ${token}` })).body;
    expect(document.security).toEqual([{ bearer: [] }]);
    expect(document.paths["/api/health"].get.security).toEqual([]);
  });

  it("answers with the right token", async () => {
    const res = await server.get("/api/search?q=microsoft", { authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    expect(res.body.results[0].id).toBe("org:microsoft");
  });
});

describe("body limit", () => {
  it("answers 413 in the error shape for a body over 1 MiB", async () => {
    const server = await start();
    const ids = Array.from({ length: 80_000 }, (_, i) => `org:company-number-${i}`);
    const res = await server.post("/api/subgraph", { ids });
    const error = expectErrorShape(res, 413, "too_large");
    expect(error.details.limitBytes).toBe(1024 * 1024);
  });
});

describe("rate limit", () => {
  it("answers 429 in the error shape once a client spends its budget", async () => {
    const server = await start({ rateLimit: { max: 3, timeWindowMs: 60_000 } });
    for (let i = 0; i < 3; i++) expect((await server.get("/api/schema")).status).toBe(200);
    const res = await server.get("/api/schema");
    const error = expectErrorShape(res, 429, "rate_limited");
    expect(error.message).toContain("3");
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("CORS", () => {
  it("is closed by default", async () => {
    const server = await start();
    const res = await server.get("/api/health", { origin: "https://elsewhere.example" });
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("lets the configured origins in and no others", async () => {
    const server = await start({ corsOrigins: ["https://newsroom.example"] });
    const allowed = await server.get("/api/health", { origin: "https://newsroom.example" });
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://newsroom.example");
    const other = await server.get("/api/health", { origin: "https://elsewhere.example" });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("headers", () => {
  it("sends a CSP that lets the front end run and a request id", async () => {
    const server = await start();
    const res = await server.get("/api/health");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).toContain("img-src 'self' data: blob:");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe("the built front end", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "explorer-client-"));
    await writeFile(join(dir, "index.html"), "<!doctype html><title>Explorer</title><div id=root></div>");
    await writeFile(join(dir, "app.js"), "console.log('explorer');");
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("serves files, index.html for client routes, and JSON 404s under /api", async () => {
    const server = await start({ staticDir: dir });
    expect((await server.get("/")).text).toContain("<title>Explorer</title>");
    expect((await server.get("/app.js")).headers.get("content-type")).toContain("javascript");
    const deepLink = await server.get("/entity/org:microsoft");
    expect(deepLink.status).toBe(200);
    expect(deepLink.text).toContain("<title>Explorer</title>");
    expect((await server.get("/missing.js")).status).toBe(404);
    expectErrorShape(await server.get("/api/not-a-route"), 404, "not_found");
  });
});
