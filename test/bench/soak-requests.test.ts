// The soak's request mix against the app over the seeds: every kind gets the status it expects, so an
// error in a soak report is a real failure and not a request the mix built wrong.
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeMix, mixCycle, soakRequest, SOAK_REQUEST_KINDS } from "../../bench/soak/soak-requests.js";
import { createApp } from "../../server/app.js";
import { createSeededKuzuGraph, type TestGraph } from "../http/support/kuzu-test-graph.js";

let graph: TestGraph;
let app: FastifyInstance;

beforeAll(async () => {
  graph = await createSeededKuzuGraph();
  app = await createApp({ store: graph.store, queries: graph.queries });
}, 120_000);
afterAll(async () => {
  await app?.close();
  await graph?.dispose();
});

describe("soak request mix", () => {
  it("answers every request of three whole cycles with a status its kind expects", async () => {
    const cycle = mixCycle();
    for (let i = 0; i < cycle.length * 3; i++) {
      const { kind, request } = soakRequest(i, cycle);
      const response = await app.inject({
        method: request.method,
        url: request.path,
        ...(request.body === undefined ? {} : { payload: request.body as object }),
      });
      expect(kind.expectedStatuses, `${kind.name}: ${request.method} ${request.path}`).toContain(response.statusCode);
    }
  }, 120_000);

  it("sends each kind as often as its share says, and varies what it asks", () => {
    const cycle = mixCycle();
    const sent = Array.from({ length: cycle.length * 6 }, (_, i) => soakRequest(i, cycle));
    for (const kind of SOAK_REQUEST_KINDS) {
      expect(sent.filter((s) => s.kind === kind)).toHaveLength(kind.share * 6);
    }
    // Eight searches in four cycles, for eight of the nine names: none is asked twice.
    const searches = sent
      .slice(0, cycle.length * 4)
      .filter((s) => s.kind.name === "search")
      .map((s) => s.request.path);
    expect(new Set(searches).size).toBe(8);
    expect(describeMix()).toMatch(/^search ×2, entity, /);
  });
});
