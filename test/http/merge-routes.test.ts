// The entity-resolution routes over a Kuzu store holding two award files that share entities: proposals,
// a merge and its undo through the API, the audit trail, and every refusal in our error shape.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKuzuStore } from "../../graph/kuzu/index.js";
import { createGraphQueries } from "../../graph/queries/index.js";
import type { GraphStore } from "../../graph/store.js";
import { EXPECTED_DUPLICATE_PAIRS, graphAsData, importResolutionFiles } from "../contract/resolution-contract.js";
import { expectErrorShape, type ApiClient } from "./support/api-response.js";
import { injectApp } from "./support/injected-app.js";

const TOKEN = "merge-routes-token-81c2";
let root: string;
let store: GraphStore;
let server: ApiClient;
let guarded: ApiClient;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "merge-routes-"));
  store = await createKuzuStore({ dataDir: join(root, "data") });
  await importResolutionFiles(store);
  server = await injectApp({ store, queries: createGraphQueries(store) });
  guarded = await injectApp({ store, queries: createGraphQueries(store), apiToken: TOKEN });
}, 60_000);
afterAll(async () => {
  await server?.close();
  await guarded?.close();
  await store?.close();
  await rm(root, { recursive: true, force: true });
});

describe("GET /api/duplicates", () => {
  it("proposes the shared entities with score and reason, filtered by kind", async () => {
    const res = await server.get("/api/duplicates");
    expect(res.status).toBe(200);
    const pairs = res.body.proposals.map((p: { keep: { id: string }; merge: { id: string } }) =>
      [p.keep.id, p.merge.id].sort(),
    );
    expect(pairs.sort()).toEqual(EXPECTED_DUPLICATE_PAIRS);
    expect(res.body.proposals[0]).toMatchObject({ score: 1, reason: expect.stringMatching(/^same name/) });
    const people = await server.get("/api/duplicates?kinds=Person&limit=5");
    expect(people.body.proposals.map((p: { merge: { id: string } }) => p.merge.id)).toEqual(["person:hans-muller"]);
  });

  it("refuses bad parameters with 400", async () => {
    expectErrorShape(await server.get("/api/duplicates?threshold=2"), 400, "invalid_input");
    expectErrorShape(await server.get("/api/duplicates?kinds=Planet"), 400, "invalid_input");
    expectErrorShape(await server.get("/api/duplicates?limit=0"), 400, "invalid_input");
  });
});

describe("merges through the API", () => {
  it("merges, records, lists, undoes, and leaves the graph as it was", async () => {
    const original = await graphAsData(store);
    const merged = await server.post("/api/merges", {
      keep: "org:weber-co-kg",
      merge: "org:weber-kg",
      reason: "same firm",
    });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({
      // Without a token the one user is the account the server runs as; never an anonymous "api".
      by: `${userInfo().username} (local)`,
      reason: "same firm",
      keep: { id: "org:weber-co-kg" },
      undone: null,
    });
    expectErrorShape(await server.get("/api/entities/org:weber-kg"), 404, "not_found");
    const kept = await server.get("/api/entities/org:weber-co-kg");
    expect(kept.body.entity.aliases).toContain("Weber KG");

    const list = await server.get("/api/merges");
    expect(list.body.merges.map((m: { id: string }) => m.id)).toEqual([merged.body.id]);
    expect(list.body.merges[0].before).toBeUndefined();
    const one = await server.get(`/api/merges/${merged.body.id}`);
    expect(one.body).toEqual(merged.body);

    const undone = await server.post(`/api/merges/${merged.body.id}/undo`, { by: "reviewer", reason: "not sure" });
    expect(undone.status).toBe(200);
    expect(undone.body.undone).toMatchObject({ by: "reviewer", reason: "not sure" });
    expect(await graphAsData(store)).toEqual(original);

    const again = expectErrorShape(await server.post(`/api/merges/${merged.body.id}/undo`, {}), 409, "conflict");
    expect(again.message).toMatch(/already undone/);
  });

  it("undoes without a body", async () => {
    const merged = await server.post("/api/merges", { keep: "org:stadt-koln", merge: "org:stadt-koeln", reason: "x" });
    const res = await server.app.inject({ method: "POST", url: `/api/merges/${merged.body.id}/undo` });
    expect(res.statusCode).toBe(200);
    expect(res.json().undone.by).toBe(`${userInfo().username} (local)`);
  });

  it("refuses what cannot be merged or undone, each in our error shape", async () => {
    const before = await graphAsData(store);
    const reason = "test";
    expectErrorShape(
      await server.post("/api/merges", { keep: "org:schmidt-ag", merge: "person:eva-schmidt", reason }),
      400,
      "invalid_input",
    );
    expectErrorShape(
      await server.post("/api/merges", { keep: "org:schmidt-ag", merge: "org:none", reason }),
      404,
      "not_found",
    );
    expectErrorShape(
      await server.post("/api/merges", { keep: "org:schmidt-ag", merge: "org:land-berlin" }),
      400,
      "invalid_input",
    );
    expectErrorShape(
      await server.post("/api/merges", { keep: "Schmidt AG", merge: "org:x", reason }),
      400,
      "invalid_input",
    );
    expectErrorShape(await server.post("/api/merges", "not json"), 400, "invalid_input");
    expectErrorShape(await server.post("/api/merges/merge-nope/undo", {}), 404, "not_found");
    expectErrorShape(await server.post("/api/merges/DROP%20ALL/undo", {}), 400, "invalid_input");
    expectErrorShape(await server.get("/api/merges/merge-nope"), 404, "not_found");
    expect(await graphAsData(store)).toEqual(before);
  });

  it("needs the API token when the server has one", async () => {
    const body = { keep: "org:schmidt-ag", merge: "org:land-berlin", reason: "x" };
    expectErrorShape(await guarded.post("/api/merges", body), 401, "unauthorized");
    expectErrorShape(await guarded.get("/api/duplicates"), 401, "unauthorized");
    expectErrorShape(await guarded.post("/api/merges/merge-x/undo", {}), 401, "unauthorized");
  });

  it("with a token, records the name a change gives and refuses one that names no one, naming by", async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const before = await graphAsData(store);
    const body = { keep: "org:stadt-koln", merge: "org:stadt-koeln", reason: "same city" };
    const anonymous = expectErrorShape(await guarded.post("/api/merges", body, auth), 400, "invalid_input");
    expect(anonymous.message).toMatch(/^by: with API_TOKEN set, a merge records who makes it/);
    expect(anonymous.details).toEqual({ field: "by" });
    expect(await graphAsData(store)).toEqual(before);

    const merged = await guarded.post("/api/merges", { ...body, by: "Anna Berg" }, auth);
    expect(merged.status).toBe(200);
    expect(merged.body.by).toBe("Anna Berg");
    const undo = `/api/merges/${merged.body.id}/undo`;
    expectErrorShape(await guarded.post(undo, { reason: "no" }, auth), 400, "invalid_input");
    const undone = await guarded.post(undo, { by: "Jonas Keller", reason: "not the same" }, auth);
    expect(undone.body.undone).toMatchObject({ by: "Jonas Keller" });
    expect(await graphAsData(store)).toEqual(before);
  });
});
