// Queries that end the embedded engine's process while it binds them (found from outside on Kuzu 0.11,
// issue 18; LadybugDB 0.19.1 still has them) are refused by the console with 422, and the server goes on answering every route. Without the crash probe the first
// of them ends this test process (signal SIGSEGV), so the test cannot pass by accident.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectErrorShape, type ApiClient } from "../http/support/api-response.js";
import { kuzuApp, type ReliabilityServer } from "./support/servers.js";

const ENGINE_KILLERS = [
  "RETURN nodes(NULL)",
  "RETURN list_sum(NULL)",
  "RETURN map_keys(NULL)",
  "WITH NULL AS x RETURN nodes(x)",
  "MATCH (e:Entity) RETURN e.name, nodes(NULL) LIMIT 1",
];

let target: ReliabilityServer<ApiClient>;
beforeAll(async () => {
  target = await kuzuApp();
});
afterAll(() => target?.close());

describe("console queries that crash the embedded engine", () => {
  it.each(ENGINE_KILLERS)("refuses %s with 422 and keeps every route answering", async (query) => {
    const res = await target.server.post("/api/cypher", { query });
    const error = expectErrorShape(res, 422, "query_refused");
    expect(error.message).toMatch(/ends the LadybugDB engine/);
    expect((await target.server.get("/api/health")).body.status).toBe("ok");
    expect((await target.server.get("/api/search?q=microsoft")).status).toBe(200);
  });

  it("refuses a crashing parameter the same way", async () => {
    const res = await target.server.post("/api/cypher", { query: "RETURN nodes($p)", params: { p: null } });
    expectErrorShape(res, 422, "query_refused");
  });

  it("refuses a repeated crashing query the same way", async () => {
    for (let i = 0; i < 3; i++) {
      const res = await target.server.post("/api/cypher", { query: "RETURN nodes(NULL)" });
      expect(expectErrorShape(res, 422, "query_refused").message).toMatch(/ends the LadybugDB engine/);
    }
  });

  it("still runs ordinary queries after the probe was restarted", async () => {
    const res = await target.server.post("/api/cypher", { query: "MATCH (e:Entity) RETURN count(e) AS n" });
    expect(res.status).toBe(200);
    expect(res.body.rows[0][0]).toBeGreaterThan(10);
  });
});
