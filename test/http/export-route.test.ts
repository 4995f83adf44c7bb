// GET/POST /api/export: graph files a person opens in Gephi, yEd or Neo4j, read back by other readers.
import { DOMParser } from "@xmldom/xmldom";
import { parse as parseCsv } from "csv-parse/sync";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import createGraphmlParser from "graphology-graphml/common/parser.js";
import type { GraphConstructor } from "graphology-types";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededKuzuGraph, type TestGraph } from "./support/kuzu-test-graph.js";
import { expectErrorShape, type ApiClient } from "./support/api-response.js";
import { injectApp } from "./support/injected-app.js";

const DocumentClass = new DOMParser().parseFromString("<t/>", "application/xml").constructor;
const parseGraphml = createGraphmlParser(DOMParser, DocumentClass);

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

describe("GET /api/export", () => {
  it("streams the whole graph as GEXF that graphology reads back with every entity and relation", async () => {
    const res = await server.get("/api/export?format=gexf");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("xml");
    expect(res.headers.get("content-disposition")).toMatch(/attachment; filename=".+\.gexf"/);
    const read = parseGexf(Graph, res.text, { allowUndeclaredAttributes: true });
    const counts = await graph.store.counts();
    expect(read.order).toBe(counts.entities);
    expect(read.size).toBe(counts.relations);
    expect(read.getNodeAttribute("org:microsoft", "label")).toBe("Microsoft");
  });

  it("exports only the named entities and the relations among them, as GraphML", async () => {
    const ids = ["person:donald-trump", "contract:jedi", "org:microsoft"];
    const res = await server.get(`/api/export?format=graphml&ids=${ids.join(",")}`);
    expect(res.status).toBe(200);
    const document = new DOMParser().parseFromString(res.text, "application/xml");
    const read = parseGraphml(Graph as unknown as GraphConstructor, document);
    expect(read.nodes().sort()).toEqual([...ids].sort());
    const expected = await graph.queries.subgraph(ids);
    expect(read.size).toBe(expected.edges.length);
  });

  it("writes nodes and edges as CSV with neo4j-admin headers", async () => {
    const nodes: Record<string, string>[] = parseCsv((await server.get("/api/export?format=csv-nodes")).text, {
      columns: true,
    });
    const edges: Record<string, string>[] = parseCsv((await server.get("/api/export?format=csv-edges")).text, {
      columns: true,
    });
    const counts = await graph.store.counts();
    expect(nodes).toHaveLength(counts.entities);
    expect(edges).toHaveLength(counts.relations);
    expect(Object.keys(nodes[0] ?? {})).toContain("id:ID");
    expect(Object.keys(edges[0] ?? {})).toEqual(expect.arrayContaining([":START_ID", ":END_ID", ":TYPE"]));
  });

  it("refuses an unknown format, naming the parameter", async () => {
    const res = await server.get("/api/export?format=pdf");
    expectErrorShape(res, 400, "invalid_input");
    expect(res.text).toContain("format");
  });

  it("answers 404 naming an id nobody has", async () => {
    const res = await server.get("/api/export?format=gexf&ids=org:nobody-here");
    expectErrorShape(res, 404, "not_found");
    expect(res.text).toContain("org:nobody-here");
  });
});

describe("POST /api/export", () => {
  it("keeps the positions and colours on screen in the graphology JSON", async () => {
    const res = await server.post("/api/export", {
      format: "graphology",
      ids: ["contract:jedi", "org:microsoft"],
      layout: { positions: { "org:microsoft": { x: 12.5, y: -3 } }, colors: { "org:microsoft": "#7c3aed" } },
    });
    expect(res.status).toBe(200);
    const microsoft = res.body.nodes.find((node: { key: string }) => node.key === "org:microsoft");
    expect(microsoft.attributes).toMatchObject({ x: 12.5, y: -3, color: "#7c3aed" });
  });
});
