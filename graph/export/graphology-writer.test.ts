import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import { describe, expect, it } from "vitest";
import { sortGraph, type Graph as WireGraph, type GraphEdge, type GraphNode } from "../model/graph.js";
import { exportGraph } from "./export-graph.js";
import { AWKWARD_LAYOUT, AWKWARD_NAMES, awkwardGraph, collect, seedGraph } from "./export-fixtures.test-support.js";
import type { ExportedEdgeAttributes, ExportedNodeAttributes } from "./graphology-writer.js";
import type { ExportLayout } from "./layout.js";

async function readBack(graph: WireGraph, layout?: ExportLayout) {
  const text = await collect(exportGraph(graph, "graphology", { layout }).chunks);
  const serialized = JSON.parse(text) as SerializedGraph<ExportedNodeAttributes, ExportedEdgeAttributes>;
  return { serialized, read: Graph.from(serialized) };
}

function wireGraphOf(read: Graph<ExportedNodeAttributes, ExportedEdgeAttributes>): WireGraph {
  const nodes: GraphNode[] = read.mapNodes((id, a) => ({
    id,
    name: a.label,
    kind: a.kind,
    aliases: a.aliases,
    properties: a.properties,
  }));
  const edges: GraphEdge[] = read.mapEdges((id, a, source, target) => ({
    id,
    source,
    target,
    type: a.relType,
    stance: a.stance,
    status: a.status,
    date: a.date,
    amount: a.amount,
    note: a.note,
    evidence: a.evidence,
  }));
  return sortGraph({ nodes, edges });
}

describe("graphology JSON export", () => {
  it("is a SerializedGraph that Graph.from reads back as the same seed graph", async () => {
    const graph = await seedGraph();
    const { serialized, read } = await readBack(graph);
    expect(serialized.options).toEqual({ type: "directed", multi: true });
    expect(read.type).toBe("directed");
    expect(read.multi).toBe(true);
    expect(wireGraphOf(read)).toEqual(sortGraph(graph));
  });

  it("keeps awkward text, parallel relations and the layout", async () => {
    const graph = awkwardGraph();
    const { read } = await readBack(graph, AWKWARD_LAYOUT);
    expect(wireGraphOf(read)).toEqual(sortGraph(graph));
    expect(read.getNodeAttribute("event:lines", "label")).toBe(AWKWARD_NAMES.lines);
    expect(read.edges("person:unicode", "event:lines").sort()).toEqual(["rel:c1", "rel:c2"]);
    expect(read.getNodeAttributes("org:quotes")).toMatchObject({ x: 1.5, y: -2.25, color: "#ff8800" });
    expect(read.getNodeAttribute("org:markup", "color")).toBe("rgba(10,20,30,0.5)");
    expect(read.getEdgeAttribute("rel:a", "color")).toBe("#00ff00");
    expect(read.getNodeAttribute("place:spaces", "x")).toBeUndefined();
  });

  it("writes a graph without nodes as an empty but valid file", async () => {
    const { read } = await readBack({ nodes: [], edges: [] });
    expect(read.order).toBe(0);
  });
});
