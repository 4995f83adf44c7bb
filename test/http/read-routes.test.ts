// The read routes, through inject, on a Kuzu store loaded from the seeds: answers and failures.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededKuzuGraph, type TestGraph } from "./support/kuzu-test-graph.js";
import { expectErrorShape, type ApiClient } from "./support/api-response.js";
import { injectApp } from "./support/injected-app.js";

const TRUMP = "person:donald-trump";
const MICROSOFT = "org:microsoft";
const JEDI = "contract:jedi";

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

describe("GET /api/health", () => {
  it("reports the store kind and how much it holds", async () => {
    const res = await server.get("/api/health");
    expect(res.status).toBe(200);
    const counts = await graph.store.counts();
    expect(res.body).toEqual({ status: "ok", store: "kuzu", ...counts });
    expect(counts.entities).toBeGreaterThan(10);
  });
});

describe("GET /api/search", () => {
  it("finds Microsoft by name, case and accents aside", async () => {
    const res = await server.get("/api/search?q=MICROSOFT");
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toMatchObject({ id: MICROSOFT, name: "Microsoft", kind: "Organization" });
  });

  it("sends with each hit what tells it apart: details, degree and its most cited source", async () => {
    const res = await server.get("/api/search?q=Mircosoft&limit=1");
    expect(res.status).toBe(200);
    expect(res.body.results[0]).toMatchObject({
      id: MICROSOFT,
      details: [
        { label: "sector", value: "software and cloud computing" },
        { label: "country", value: "United States" },
      ],
      degree: 13,
      source: { id: "src:002", name: expect.stringContaining("Alibaba Cloud"), relations: 5 },
      sourceCount: 4,
    });
  });

  it("keeps only the kinds asked for", async () => {
    const res = await server.get("/api/search?q=a&kinds=Person&limit=50");
    expect(res.status).toBe(200);
    expect(res.body.results.length).toBeGreaterThan(0);
    expect(new Set(res.body.results.map((hit: { kind: string }) => hit.kind))).toEqual(new Set(["Person"]));
  });

  it("names an unknown kind and the parameter it came in", async () => {
    const error = expectErrorShape(await server.get("/api/search?q=x&kinds=Person,Spaceship"), 400, "invalid_input");
    expect(error.message).toContain("kinds");
    expect(error.message).toContain('"Spaceship"');
  });

  it("asks for the text when q is missing", async () => {
    const error = expectErrorShape(await server.get("/api/search"), 400, "invalid_input");
    expect(error.message).toContain("q");
  });
});

describe("GET /api/entities/:id", () => {
  it("answers an entity with every relation touching it", async () => {
    const res = await server.get(`/api/entities/${MICROSOFT}`);
    expect(res.status).toBe(200);
    expect(res.body.entity).toMatchObject({ id: MICROSOFT, kind: "Organization" });
    expect(res.body.relations.length).toBeGreaterThan(0);
    for (const edge of res.body.relations) expect([edge.source, edge.target]).toContain(MICROSOFT);
  });

  it("answers 404 for an id nobody has", async () => {
    const error = expectErrorShape(await server.get("/api/entities/org:no-such-company"), 404, "not_found");
    expect(error.message).toContain("org:no-such-company");
  });

  it("answers 400 for something that is not an id", async () => {
    const error = expectErrorShape(await server.get("/api/entities/Not%20An%20Id"), 400, "invalid_input");
    expect(error.message).toContain("id");
  });

  it("counts an entity's neighbours per relation type", async () => {
    const res = await server.get(`/api/entities/${MICROSOFT}/summary`);
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.body)).toContain("WON");
    expectErrorShape(await server.get("/api/entities/org:no-such-company/summary"), 404, "not_found");
  });
});

describe("GET /api/entities/:id/neighbors", () => {
  it("answers the direct neighbourhood: every node is one hop from the entity", async () => {
    const res = await server.get(`/api/entities/${JEDI}/neighbors?depth=1`);
    expect(res.status).toBe(200);
    const ids: string[] = res.body.nodes.map((node: { id: string }) => node.id);
    expect(ids).toEqual(expect.arrayContaining([JEDI, MICROSOFT]));
    const direct = new Set([JEDI]);
    for (const edge of res.body.edges) {
      expect(ids).toContain(edge.source);
      expect(ids).toContain(edge.target);
      if (edge.source === JEDI) direct.add(edge.target);
      if (edge.target === JEDI) direct.add(edge.source);
    }
    expect(new Set(ids)).toEqual(direct);
    expect(res.body).toMatchObject({ truncated: false, total: ids.length });
  });

  it("filters by relation type and by stance", async () => {
    const won = await server.get(`/api/entities/${JEDI}/neighbors?types=WON`);
    expect(won.status).toBe(200);
    expect(won.body.edges.length).toBeGreaterThan(0);
    for (const edge of won.body.edges) expect(edge.type).toBe("WON");

    const rivalry = await server.get(`/api/entities/${MICROSOFT}/neighbors?stance=rivalry&depth=2`);
    expect(rivalry.status).toBe(200);
    for (const edge of rivalry.body.edges) expect(edge.stance).toBe("rivalry");
  });

  it("names an unknown relation type", async () => {
    const res = await server.get(`/api/entities/${JEDI}/neighbors?types=WON,MARRIED_TO`);
    const error = expectErrorShape(res, 400, "invalid_input");
    expect(error.message).toContain("types");
    expect(error.message).toContain('"MARRIED_TO"');
  });

  it("keeps hubs beyond the start but counts their relations by type instead of walking through them", async () => {
    const res = await server.get(`/api/entities/${TRUMP}/neighbors?depth=2&hubDegree=10`);
    expect(res.status).toBe(200);
    const amazon = res.body.hubs.find((hub: { id: string }) => hub.id === "org:amazon");
    expect(amazon.total).toBeGreaterThan(10);
    expect(amazon.counts.reduce((sum: number, row: { count: number }) => sum + row.count, 0)).toBe(amazon.total);
    expect(res.body.nodes.map((node: { id: string }) => node.id)).toContain("org:amazon");
    const walked = await server.get(`/api/entities/${TRUMP}/neighbors?depth=2`);
    expect(walked.body.hubs).toEqual([]);
    expect(walked.body.nodes.length).toBeGreaterThan(res.body.nodes.length);
    const error = expectErrorShape(
      await server.get(`/api/entities/${TRUMP}/neighbors?hubDegree=0`),
      400,
      "invalid_input",
    );
    expect(error.message).toContain("hubDegree");
  });

  it("answers 404 for an unknown entity", async () => {
    expectErrorShape(await server.get("/api/entities/org:no-such-company/neighbors"), 404, "not_found");
  });
});

describe("GET /api/paths", () => {
  it("finds Donald Trump to Microsoft through the JEDI contract", async () => {
    const res = await server.get(`/api/paths?from=${TRUMP}&to=${MICROSOFT}&via=${JEDI}`);
    expect(res.status).toBe(200);
    expect(res.body.paths.length).toBeGreaterThan(0);
    for (const path of res.body.paths) {
      expect(path.nodeIds[0]).toBe(TRUMP);
      expect(path.nodeIds.at(-1)).toBe(MICROSOFT);
      expect(path.nodeIds).toContain(JEDI);
      expect(path.edgeIds).toHaveLength(path.length);
      expect(path.nodes.map((node: { id: string }) => node.id).sort()).toEqual([...new Set(path.nodeIds)].sort());
      // Every relation folded into a step, in walking order; edgeIds holds the drawn one of each step.
      const folded = path.steps.flatMap((step: { edgeIds: string[] }) => step.edgeIds);
      expect(path.edges.map((edge: { id: string }) => edge.id)).toEqual(folded);
    }
  });

  it("accepts names as well as ids", async () => {
    const byId = await server.get(`/api/paths?from=${TRUMP}&to=${MICROSOFT}&via=${JEDI}`);
    const byName = await server.get(`/api/paths?from=Donald%20Trump&to=Microsoft&via=JEDI`);
    expect(byName.status).toBe(200);
    expect(byName.body.paths.map((p: { nodeIds: string[] }) => p.nodeIds)).toEqual(
      byId.body.paths.map((p: { nodeIds: string[] }) => p.nodeIds),
    );
  });

  it("refuses maxHops above 10, naming the parameter", async () => {
    const error = expectErrorShape(
      await server.get(`/api/paths?from=${TRUMP}&to=${MICROSOFT}&maxHops=99`),
      400,
      "invalid_input",
    );
    expect(error.message).toContain("maxHops");
  });

  it("refuses a stance outside the vocabulary", async () => {
    const res = await server.get(`/api/paths?from=${TRUMP}&to=${MICROSOFT}&stance=friendly`);
    expect(expectErrorShape(res, 400, "invalid_input").message).toContain('"friendly"');
  });

  it("answers 404 when an end does not exist", async () => {
    expectErrorShape(await server.get(`/api/paths?from=person:nobody-at-all&to=${MICROSOFT}`), 404, "not_found");
  });
});

describe("POST /api/subgraph", () => {
  it("answers the entities asked for and only the relations among them", async () => {
    const ids = [TRUMP, JEDI, MICROSOFT];
    const res = await server.post("/api/subgraph", { ids });
    expect(res.status).toBe(200);
    expect(res.body.nodes.map((node: { id: string }) => node.id).sort()).toEqual([...ids].sort());
    expect(res.body.edges.length).toBeGreaterThan(0);
    for (const edge of res.body.edges) {
      expect(ids).toContain(edge.source);
      expect(ids).toContain(edge.target);
    }
  });

  it("refuses an empty id list and a malformed id, naming the field", async () => {
    expect(expectErrorShape(await server.post("/api/subgraph", { ids: [] }), 400, "invalid_input").message).toContain(
      "ids",
    );
    const bad = expectErrorShape(await server.post("/api/subgraph", { ids: ["Microsoft Corp"] }), 400, "invalid_input");
    expect(bad.message).toContain("ids.0");
  });
});

describe("GET /api/overview", () => {
  it("answers the whole small seed graph, most connected first, with every relation among them", async () => {
    const res = await server.get("/api/overview?limit=500");
    expect(res.status).toBe(200);
    const counts = await graph.store.counts();
    expect(res.body.nodes).toHaveLength(counts.entities);
    expect(res.body.edges).toHaveLength(counts.relations);
    expect(res.body.truncated).toBe(false);
  });

  it("keeps to the limit and says the rest was cut", async () => {
    const res = await server.get("/api/overview?limit=5");
    expect(res.status).toBe(200);
    expect(res.body.nodes).toHaveLength(5);
    expect(res.body.truncated).toBe(true);
    expect(res.body.nodes.map((node: { id: string }) => node.id)).toContain("org:amazon");
    for (const edge of res.body.edges) {
      const ids = res.body.nodes.map((node: { id: string }) => node.id);
      expect(ids).toContain(edge.source);
      expect(ids).toContain(edge.target);
    }
  });

  it("refuses a limit above 5000, naming the parameter", async () => {
    const res = await server.get("/api/overview?limit=999999");
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain("limit");
  });
});

describe("GET /api/schema", () => {
  it("counts entity kinds and relation types, matching the store", async () => {
    const res = await server.get("/api/schema");
    expect(res.status).toBe(200);
    const kinds = Object.fromEntries(
      res.body.kinds.map((row: { kind: string; count: number }) => [row.kind, row.count]),
    );
    expect(kinds.Organization).toBeGreaterThan(0);
    const won = res.body.relationTypes.find((row: { type: string }) => row.type === "WON");
    expect(won).toMatchObject({ stance: "neutral" });
    expect(won.count).toBeGreaterThan(0);
  });
});

describe("GET /api/sources/:id", () => {
  it("answers a source and the relations whose evidence cites it", async () => {
    const jedi = await server.get(`/api/entities/${JEDI}`);
    const sourceId: string = jedi.body.relations[0].evidence[0].source;
    const res = await server.get(`/api/sources/${sourceId}`);
    expect(res.status).toBe(200);
    expect(res.body.source).toMatchObject({ id: sourceId, kind: "Source" });
    expect(res.body.supports.length).toBeGreaterThan(0);
    for (const edge of res.body.supports) {
      expect(edge.evidence.map((item: { source: string }) => item.source)).toContain(sourceId);
    }
  });

  it("answers 404 for an unknown source and 400 for an id that is not a source's", async () => {
    expectErrorShape(await server.get("/api/sources/src:no-such-article"), 404, "not_found");
    expect(expectErrorShape(await server.get(`/api/sources/${MICROSOFT}`), 400, "invalid_input").message).toContain(
      "src:",
    );
  });
});

describe("unknown routes", () => {
  it("answer 404 in the API's error shape", async () => {
    expectErrorShape(await server.get("/api/nothing-here"), 404, "not_found");
  });
});
