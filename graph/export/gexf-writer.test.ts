import { DOMParser } from "@xmldom/xmldom";
import Graph from "graphology";
import createGexfParser from "graphology-gexf/common/parser.js";
import type { AbstractGraph, GraphConstructor } from "graphology-types";
import { describe, expect, it } from "vitest";
import { sortGraph, type Graph as WireGraph } from "../model/graph.js";
import { exportGraph } from "./export-graph.js";
import {
  AWKWARD_LAYOUT,
  AWKWARD_NAMES,
  awkwardGraph,
  collect,
  graphOfFlatAttributes,
  seedGraph,
} from "./export-fixtures.test-support.js";
import type { ExportLayout } from "./layout.js";

const DocumentClass = new DOMParser().parseFromString("<t/>", "application/xml").constructor;
const parseGexf = createGexfParser(DOMParser, DocumentClass);

/** Strict XML first (a well-formedness error throws), then graphology-gexf's own reading. */
async function readBack(graph: WireGraph, layout?: ExportLayout): Promise<{ xml: string; read: AbstractGraph }> {
  const xml = await collect(exportGraph(graph, "gexf", { layout, date: "2025-01-31" }).chunks);
  const document = new DOMParser({
    onError: (level, message) => {
      // A warning (such as "replacement character detected") does not change what the file means.
      if (level !== "warning") throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, "application/xml");
  return { xml, read: parseGexf(Graph as unknown as GraphConstructor, document) };
}

const listOf = (value: unknown) => value as string[];

describe("GEXF export", () => {
  it("reads back as the same seed graph: ids, names, kinds, types, stances, statuses, dates, amounts, evidence", async () => {
    const graph = await seedGraph();
    const { read } = await readBack(graph);
    expect(read.type).toBe("directed");
    expect(read.order).toBe(graph.nodes.length);
    expect(read.size).toBe(graph.edges.length);
    expect(graphOfFlatAttributes(read, listOf)).toEqual(sortGraph(graph));
    const first = graph.edges[0]!;
    expect(read.getEdgeAttribute(first.id, "evidenceCount")).toBe(first.evidence.length);
    expect(read.getEdgeAttribute(first.id, "kind")).toBe(first.type);
  });

  it("keeps quotes, ampersands, angle brackets, unicode and line breaks in names, aliases and notes", async () => {
    const graph = awkwardGraph();
    const { read } = await readBack(graph);
    expect(read.getNodeAttribute("org:quotes", "label")).toBe(AWKWARD_NAMES.quotes);
    expect(read.getNodeAttribute("org:markup", "label")).toBe(AWKWARD_NAMES.markup);
    expect(read.getNodeAttribute("person:unicode", "label")).toBe(AWKWARD_NAMES.unicode);
    expect(read.getNodeAttribute("event:lines", "label")).toBe(AWKWARD_NAMES.lines);
    expect(read.getNodeAttribute("place:spaces", "label")).toBe(AWKWARD_NAMES.spaces);
    expect(read.getNodeAttribute("org:quotes", "aliases")).toEqual([`"Quoted" alias`, "back\\slash", "comma, inside"]);
    expect(read.multi).toBe(true);
    expect(graphOfFlatAttributes(read, listOf)).toEqual(sortGraph(graph));
  });

  it("writes the layout as viz positions and colours", async () => {
    const { xml, read } = await readBack(awkwardGraph(), AWKWARD_LAYOUT);
    expect(xml).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    expect(read.getNodeAttributes("org:quotes")).toMatchObject({ x: 1.5, y: -2.25, color: "rgb(255,136,0)" });
    expect(read.getNodeAttributes("person:unicode")).toMatchObject({ x: -100, y: 3e-7 });
    expect(read.getNodeAttribute("org:markup", "color")).toBe("rgba(10,20,30,0.5)");
    expect(read.getEdgeAttribute("rel:a", "color")).toBe("rgb(0,255,0)");
    expect(read.getNodeAttribute("event:lines", "x")).toBeUndefined();
  });

  it("replaces characters XML cannot carry instead of writing a file no reader opens", async () => {
    const graph = awkwardGraph();
    graph.nodes[0] = { ...graph.nodes[0]!, name: "Bell\u0007 and NUL\u0000 here" };
    const { read } = await readBack(graph);
    expect(read.getNodeAttribute("org:quotes", "label")).toBe("Bell\uFFFD and NUL\uFFFD here");
  });
});
