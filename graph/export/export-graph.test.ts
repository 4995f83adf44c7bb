import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { EXPORT_FORMATS, EXPORT_FORMAT_INFO, exportGraph, parseExportFormat } from "./export-graph.js";
import { awkwardGraph, collect, generatedGraph } from "./export-fixtures.test-support.js";
import { writeExportTo } from "./write-export.js";

describe("exportGraph", () => {
  it("offers a content type, extension and file name for every format", () => {
    expect(EXPORT_FORMATS).toEqual(["gexf", "graphml", "graphology", "csv-nodes", "csv-edges", "cypher"]);
    const graph = awkwardGraph();
    for (const format of EXPORT_FORMATS) {
      const exported = exportGraph(graph, format);
      expect(exported).toMatchObject({ format, ...EXPORT_FORMAT_INFO[format] });
      expect(exported.fileName.endsWith(`.${exported.extension}`)).toBe(true);
    }
    expect(exportGraph(graph, "gexf").contentType).toMatch(/^application\/gexf\+xml/);
    expect(exportGraph(graph, "csv-edges").fileName).toBe("edges.csv");
  });

  it("names the parameter when the format is unknown", () => {
    expect(() => parseExportFormat("pdf")).toThrow(InvalidInputError);
    expect(() => exportGraph(awkwardGraph(), "dot")).toThrow(
      /format: expected one of gexf, graphml, graphology, csv-nodes, csv-edges, cypher/,
    );
  });

  it("refuses a graph with an edge to a missing node before writing anything, naming the edge", () => {
    const graph = awkwardGraph();
    graph.edges[1] = { ...graph.edges[1]!, target: "org:nowhere" };
    expect(() => exportGraph(graph, "gexf")).toThrow(/edges\[1\]\.target: edge "rel:b" points at "org:nowhere"/);
    const badKind = { ...awkwardGraph(), nodes: [{ ...awkwardGraph().nodes[0]!, kind: "Planet" }] };
    expect(() => exportGraph(badKind as never, "cypher")).toThrow(/nodes\[0\]\.kind/);
  });

  it("names a bad layout value", () => {
    const graph = awkwardGraph();
    expect(() => exportGraph(graph, "gexf", { layout: { colors: { "org:quotes": "ultraviolet" } } })).toThrow(
      /layout\.colors\["org:quotes"\]: "ultraviolet" is not a colour/,
    );
    expect(() =>
      exportGraph(graph, "graphml", { layout: { positions: { "org:quotes": { x: Number.NaN, y: 0 } } } }),
    ).toThrow(/layout\.positions\.org:quotes\.x/);
  });

  it("streams a 5,000-node, 20,000-edge graph in many small chunks in every format", async () => {
    const graph = generatedGraph(5_000, 20_000);
    for (const format of EXPORT_FORMATS) {
      let chunks = 0;
      let largest = 0;
      let total = 0;
      for await (const chunk of exportGraph(graph, format, { chunkChars: 16_384 }).chunks) {
        chunks++;
        largest = Math.max(largest, chunk.length);
        total += chunk.length;
      }
      const expectedRecords = format === "csv-nodes" ? 5_000 : 20_000;
      expect(total, format).toBeGreaterThan(expectedRecords * 50);
      expect(chunks, format).toBeGreaterThan(total / 20_000);
      // A chunk outgrows its target by one node, edge or row at most.
      expect(largest, format).toBeLessThan(20_000);
    }
  }, 120_000);

  it("writes into a Node Writable with backpressure and ends it", async () => {
    const graph = generatedGraph(1_000, 4_000);
    const received: string[] = [];
    let finished = false;
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, done) {
        received.push(chunk.toString("utf8"));
        setImmediate(done);
      },
      final(done) {
        finished = true;
        done();
      },
    });
    await writeExportTo(exportGraph(graph, "graphology").chunks, slow);
    expect(finished).toBe(true);
    const parsed = JSON.parse(received.join("")) as { nodes: unknown[]; edges: unknown[] };
    expect(parsed.nodes).toHaveLength(1_000);
    expect(parsed.edges).toHaveLength(4_000);
    expect(received.length).toBeGreaterThan(10);
  });

  it("writes the same text however small the chunks", async () => {
    const graph = awkwardGraph();
    const whole = await collect(exportGraph(graph, "gexf", { date: "2025-01-01", chunkChars: 1 << 30 }).chunks);
    const pieces = await collect(exportGraph(graph, "gexf", { date: "2025-01-01", chunkChars: 1 }).chunks);
    expect(pieces).toBe(whole);
  });
});
