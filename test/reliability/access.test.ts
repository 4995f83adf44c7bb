// Access guards beyond test/http/safety.test.ts: the token on every route of the OpenAPI document (health
// alone open), one answer for every kind of bad token, auth before body parsing and under the rate limit,
// CORS preflights, security headers on errors, the transport-level errors in our shape, and no secret in
// any log line of a real server process.
import { mkdtemp, rm } from "node:fs/promises";
import { request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectErrorShape } from "../http/support/api-response.js";
import { finished, runTsx, startTsx, waitForOutput } from "../http/support/run-tsx.js";
import { kuzuServer, type ReliabilityServer } from "./support/servers.js";

const TOKEN = "access-token-3f9a7c21e0";
const auth = { authorization: `Bearer ${TOKEN}` };
const servers: ReliabilityServer[] = [];
let guarded: ReliabilityServer;

async function start(options: Parameters<typeof kuzuServer>[0]) {
  const server = await kuzuServer(options);
  servers.push(server);
  return server;
}

beforeAll(async () => {
  guarded = await start({ apiToken: TOKEN });
});
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

/** Every operation of the OpenAPI document, with a real id in its path and a body it would accept. */
async function operations(): Promise<{ method: string; path: string; body?: unknown }[]> {
  const document = (await guarded.server.get("/api/openapi.json", auth)).body;
  const bodies: Record<string, unknown> = {
    "/api/cypher": { query: "RETURN 1 AS one" },
    "/api/subgraph": { ids: ["org:microsoft"] },
    "/api/export": { format: "graphology" },
    "/api/merges": { keep: "org:microsoft", merge: "org:amazon", reason: "access test", by: "access test" },
    "/api/merges/{id}/undo": { reason: "access test", by: "access test" },
    "/api/imports": importForm(),
  };
  return Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) =>
    Object.keys(ops).map((method) => ({
      method: method.toUpperCase(),
      path: path.replace("{id}", idFor(path)),
      body: method === "post" ? bodies[path] : undefined,
    })),
  );
}

/** An upload POST /api/imports accepts (sent as a dry run, so the store stays as it was). */
function importForm(): FormData {
  const form = new FormData();
  const graph = { nodes: [{ key: "a" }, { key: "b" }], edges: [{ source: "a", target: "b" }] };
  form.append("file", new Blob([JSON.stringify(graph)]), "access.json");
  return form;
}

/** A merge's routes take the id of the merge POST /api/merges made (it comes first in the document). */
const LATEST_MERGE = "{latest-merge}";
function idFor(path: string): string {
  if (path.startsWith("/api/merges/")) return LATEST_MERGE;
  return path.startsWith("/api/sources") ? "src:000" : "org:microsoft";
}

async function send(server: ReliabilityServer, op: { method: string; path: string; body?: unknown }, headers = {}) {
  if (op.path.includes(LATEST_MERGE)) {
    const trail = await server.server.get("/api/merges?limit=1", auth);
    op = { ...op, path: op.path.replace(LATEST_MERGE, trail.body.merges?.[0]?.id ?? "merge-none") };
  }
  const queries: Record<string, string> = {
    "GET /api/paths": "?from=org:microsoft&to=org:amazon",
    "GET /api/search": "?q=microsoft",
    "GET /api/export": "?format=graphology",
    "POST /api/imports": "?dryRun=true",
  };
  const url = op.path + (queries[`${op.method} ${op.path}`] ?? "");
  if (op.body instanceof FormData) {
    const res = await fetch(`${server.server.baseUrl}${url}`, { method: "POST", body: op.body, headers });
    const text = await res.text();
    return { status: res.status, headers: res.headers, text, body: JSON.parse(text) };
  }
  return op.method === "POST" ? server.server.post(url, op.body, headers) : server.server.get(url, headers);
}

describe("with API_TOKEN set", () => {
  it("every operation of the OpenAPI document but /api/health answers 401 without the token and works with it", async () => {
    const ops = await operations();
    expect(ops.length).toBeGreaterThanOrEqual(12);
    for (const op of ops) {
      const open = op.path === "/api/health";
      const without = await send(guarded, op);
      const wrong = await send(guarded, op, { authorization: `Bearer ${TOKEN.slice(0, -1)}x` });
      const right = await send(guarded, op, auth);
      const where = `${op.method} ${op.path}`;
      if (open) {
        expect(without.status, where).toBe(200);
        continue;
      }
      expectErrorShape(without, 401, "unauthorized");
      expectErrorShape(wrong, 401, "unauthorized");
      expect(right.status, `${where}: ${right.text.slice(0, 200)}`).toBe(200);
    }
  });

  it("answers every kind of bad token with the same body: one code path, nothing to tell them apart", async () => {
    const attempts = [
      undefined,
      "",
      "Bearer",
      "Bearer ",
      `Bearer ${TOKEN.slice(0, -1)}`,
      `Bearer ${TOKEN}0`,
      `Bearer ${"x".repeat(TOKEN.length)}`,
      `Bearer ${"x".repeat(4096)}`,
      `Basic ${Buffer.from(`user:${TOKEN}`).toString("base64")}`,
      TOKEN,
      `Bearer ${TOKEN} extra`,
    ];
    const bodies = new Set<string>();
    for (const header of attempts) {
      const res = await guarded.server.get("/api/schema", header === undefined ? {} : { authorization: header });
      expect(res.status, String(header)).toBe(401);
      expect(res.headers.get("www-authenticate")).toBe('Bearer realm="api"');
      bodies.add(res.text);
    }
    expect([...bodies]).toHaveLength(1);
  });

  it("checks the token before reading a body: an unauthenticated 2 MB body gets 401, not 413", async () => {
    const big = { query: `RETURN '${"x".repeat(2 * 1024 * 1024)}' AS s` };
    expectErrorShape(await guarded.server.post("/api/cypher", big), 401, "unauthorized");
    expectErrorShape(await guarded.server.post("/api/cypher", big, auth), 413, "too_large");
  });

  it("counts requests with a wrong token against the rate limit, so guessing is slow", async () => {
    const limited = await start({ apiToken: TOKEN, rateLimit: { max: 5, timeWindowMs: 60_000 } });
    for (let i = 0; i < 5; i++) {
      expectErrorShape(
        await limited.server.get("/api/schema", { authorization: `Bearer guess-${i}` }),
        401,
        "unauthorized",
      );
    }
    const res = await limited.server.get("/api/schema", auth);
    expectErrorShape(res, 429, "rate_limited");
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
  });
});

describe("CORS preflight", () => {
  async function preflight(server: ReliabilityServer, origin: string) {
    return fetch(`${server.server.baseUrl}/api/cypher`, {
      method: "OPTIONS",
      headers: {
        origin,
        "access-control-request-method": "POST",
        "access-control-request-headers": "authorization,content-type",
      },
    });
  }

  it("gives a configured origin the methods and headers it needs, even with a token set, and others nothing", async () => {
    const open = await start({ apiToken: TOKEN, corsOrigins: ["https://newsroom.example"] });
    const allowed = await preflight(open, "https://newsroom.example");
    expect(allowed.status).toBeLessThan(300);
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://newsroom.example");
    expect(allowed.headers.get("access-control-allow-headers")?.toLowerCase()).toContain("authorization");
    expect(allowed.headers.get("access-control-allow-methods")).toContain("POST");
    const other = await preflight(open, "https://elsewhere.example");
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("gives nobody anything when no origin is configured", async () => {
    const res = await preflight(guarded, "https://newsroom.example");
    expect(res.headers.get("access-control-allow-origin")).toBeNull();
    expect(res.headers.get("access-control-allow-methods")).toBeNull();
  });
});

describe("headers and transport errors", () => {
  it("sends the security headers on errors too: 401, 404, 400", async () => {
    for (const res of [
      await guarded.server.get("/api/schema"),
      await guarded.server.get("/api/nothing-here", auth),
      await guarded.server.get("/api/search?limit=oops", auth),
    ]) {
      expect(res.headers.get("content-security-policy")).toContain("default-src 'self'");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
      expect(res.headers.get("x-frame-options")).toBe("SAMEORIGIN");
      expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it("answers bad percent-encoding, an over-long id and an over-long URL in our error shape", async () => {
    const badEncoding = await guarded.server.get("/api/entities/%E0%A4%A", auth);
    expect(expectErrorShape(badEncoding, 400, "invalid_input").message).toContain("percent-encoding");
    const longId = await guarded.server.get(`/api/entities/org:${"a".repeat(1_500)}`, auth);
    expect(expectErrorShape(longId, 400, "invalid_input").message).toContain("longer than");
    const status = await rawStatus(guarded.server.baseUrl, `/api/search?q=${"a".repeat(200 * 1024)}`);
    expect(status.code).toBe(431);
    expect(JSON.parse(status.body)).toMatchObject({ error: { code: "too_large", details: {} } });
  });
});

/** fetch cannot send a request line over its own limits reliably; node:http can. */
function rawStatus(baseUrl: string, path: string): Promise<{ code: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${baseUrl}${path}`, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      res.on("end", () => resolve({ code: res.statusCode ?? 0, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("secrets in logs", () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "reliability-logs-"));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it("a public bind with a token starts, and no log line at trace level holds the token", async () => {
    const child = startTsx("server/main.ts", [], {
      HOST: "0.0.0.0",
      PORT: "0",
      DATA_DIR: dataDir,
      API_TOKEN: TOKEN,
      LOG_LEVEL: "trace",
    });
    const done = finished(child);
    const [, url] = await waitForOutput(child, /running at (http:\/\/\S+)/);
    const base = url!.replace("0.0.0.0", "127.0.0.1").replace("localhost", "127.0.0.1");
    expect((await fetch(`${base}/api/schema`, { headers: auth })).status).toBe(200);
    expect((await fetch(`${base}/api/schema`, { headers: { authorization: `Bearer ${TOKEN}-wrong` } })).status).toBe(
      401,
    );
    expect(
      (
        await fetch(`${base}/api/cypher`, {
          method: "POST",
          headers: { ...auth, "content-type": "application/json" },
          body: "{",
        })
      ).status,
    ).toBe(400);
    child.kill("SIGTERM");
    const { code, stdout, stderr } = await done;
    expect(code).toBe(0);
    const logs = stdout + stderr;
    expect(logs).toContain("request completed"); // request logs were written, so the search below means something
    expect(logs).not.toContain(TOKEN);
  }, 120_000);

  it("a Neo4j that cannot be reached is reported without its password", async () => {
    const result = await runTsx("server/main.ts", [], {
      HOST: "127.0.0.1",
      PORT: "0",
      NEO4J_URI: "bolt://reader:uri-secret-71c@127.0.0.1:1",
      NEO4J_USER: "reader",
      NEO4J_PASSWORD: "env-secret-94d",
      LOG_LEVEL: "trace",
    });
    expect(result.code).toBe(1);
    const logs = result.stdout + result.stderr;
    expect(logs).toMatch(/Cannot start/);
    expect(logs).not.toContain("uri-secret-71c");
    expect(logs).not.toContain("env-secret-94d");
  }, 120_000);
});
