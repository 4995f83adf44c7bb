import { DOMParser } from "@xmldom/xmldom";
import Graph from "graphology";
import createGraphmlParser from "graphology-graphml/common/parser.js";
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
const parseGraphml = createGraphmlParser(DOMParser, DocumentClass);

async function readBack(graph: WireGraph, layout?: ExportLayout): Promise<{ xml: string; read: AbstractGraph }> {
  const xml = await collect(
    exportGraph(graph, "graphml", { layout, description: `Export of "seeds" & <more>` }).chunks,
  );
  const document = new DOMParser({
    onError: (level, message) => {
      if (level !== "warning") throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, "application/xml");
  return { xml, read: parseGraphml(Graph as unknown as GraphConstructor, document) };
}

const jsonList = (value: unknown) => JSON.parse(value as string) as string[];

describe("GraphML export", () => {
  it("reads back as the same seed graph: ids, names, kinds, types, stances, statuses, dates, amounts, evidence", async () => {
    const graph = await seedGraph();
    const { read } = await readBack(graph);
    expect(read.type).toBe("directed");
    expect(read.order).toBe(graph.nodes.length);
    expect(read.size).toBe(graph.edges.length);
    expect(graphOfFlatAttributes(read, jsonList)).toEqual(sortGraph(graph));
    expect(read.getAttribute("description")).toBe(`Export of "seeds" & <more>`);
  });

  it("declares a <key> for every attribute it writes, typed", async () => {
    const { xml } = await readBack(awkwardGraph(), AWKWARD_LAYOUT);
    const declared = new Set([...xml.matchAll(/<key id="([^"]+)"/g)].map((m) => m[1]));
    const used = new Set([...xml.matchAll(/<data key="([^"]+)"/g)].map((m) => m[1]));
    expect([...used].filter((key) => !declared.has(key))).toEqual([]);
    expect(xml).toContain('<key id="e_amountValue" for="edge" attr.name="amountValue" attr.type="double"/>');
    expect(xml).toContain('<key id="e_evidenceCount" for="edge" attr.name="evidenceCount" attr.type="int"/>');
    expect(xml).toContain('edgedefault="directed"');
  });

  it("keeps quotes, ampersands, angle brackets, unicode and line breaks, and parallel relations", async () => {
    const graph = awkwardGraph();
    const { read } = await readBack(graph);
    for (const [id, name] of [
      ["org:quotes", AWKWARD_NAMES.quotes],
      ["org:markup", AWKWARD_NAMES.markup],
      ["person:unicode", AWKWARD_NAMES.unicode],
      ["event:lines", AWKWARD_NAMES.lines],
      ["place:spaces", AWKWARD_NAMES.spaces],
    ]) {
      expect(read.getNodeAttribute(id, "label")).toBe(name);
    }
    expect(read.multi).toBe(true);
    expect(graphOfFlatAttributes(read, jsonList)).toEqual(sortGraph(graph));
    expect(read.getEdgeAttribute("rel:d", "amountValue")).toBe(10_000_000_000);
  });

  it("writes the layout as x, y and color data", async () => {
    const { read } = await readBack(awkwardGraph(), AWKWARD_LAYOUT);
    expect(read.getNodeAttributes("org:quotes")).toMatchObject({ x: 1.5, y: -2.25, color: "#ff8800" });
    expect(read.getNodeAttribute("org:markup", "color")).toBe("rgba(10,20,30,0.5)");
    expect(read.getEdgeAttribute("rel:a", "color")).toBe("#00ff00");
  });
});
