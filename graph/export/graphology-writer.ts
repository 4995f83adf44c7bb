// graphology's serialised form ({attributes, options, nodes, edges}), which graph.import() and
// Graph.from() read and sigma draws: a directed multigraph (mixed when a relation is undirected) keyed by
// our ids, with the layout if given.
import type { SerializedEdge, SerializedNode } from "graphology-types";
import type { Graph, GraphEdge, GraphNode } from "../model/graph.js";
import { cssColorOf, type CheckedLayout } from "./layout.js";

export interface GraphologyOptions {
  layout: CheckedLayout;
  description?: string;
}

export interface ExportedNodeAttributes {
  label: string;
  kind: GraphNode["kind"];
  aliases: string[];
  properties: Record<string, unknown>;
  x?: number;
  y?: number;
  color?: string;
}

/** `relType`, not `type`: sigma reads an edge's `type` as the program that draws it. */
export interface ExportedEdgeAttributes {
  relType: GraphEdge["type"];
  stance: GraphEdge["stance"];
  status: GraphEdge["status"];
  date: GraphEdge["date"];
  amount: GraphEdge["amount"];
  note: GraphEdge["note"];
  evidence: GraphEdge["evidence"];
  attributes?: GraphEdge["attributes"];
  color?: string;
}

export function* graphologyPieces(graph: Graph, options: GraphologyOptions): Generator<string> {
  const attributes = options.description ? { description: options.description } : {};
  // graphology refuses an undirected edge in a directed graph: with one the graph is mixed.
  const type = graph.edges.some((edge) => edge.directed === false) ? "mixed" : "directed";
  yield `{"attributes":${JSON.stringify(attributes)},"options":{"type":"${type}","multi":true},"nodes":[`;
  let first = true;
  for (const node of graph.nodes) {
    yield (first ? "\n" : ",\n") + JSON.stringify(serializedNode(node, options.layout));
    first = false;
  }
  yield '\n],"edges":[';
  first = true;
  for (const edge of graph.edges) {
    yield (first ? "\n" : ",\n") + JSON.stringify(serializedEdge(edge, options.layout));
    first = false;
  }
  yield "\n]}\n";
}

function serializedNode(node: GraphNode, layout: CheckedLayout): SerializedNode<ExportedNodeAttributes> {
  const position = layout.position(node.id);
  const color = layout.color(node.id);
  return {
    key: node.id,
    attributes: {
      label: node.name,
      kind: node.kind,
      aliases: node.aliases,
      properties: node.properties,
      ...(position ? { x: position.x, y: position.y } : {}),
      ...(color ? { color: cssColorOf(color) } : {}),
    },
  };
}

function serializedEdge(edge: GraphEdge, layout: CheckedLayout): SerializedEdge<ExportedEdgeAttributes> {
  const color = layout.color(edge.id);
  return {
    key: edge.id,
    source: edge.source,
    target: edge.target,
    ...(edge.directed === false ? { undirected: true } : {}),
    attributes: {
      relType: edge.type,
      stance: edge.stance,
      status: edge.status,
      date: edge.date,
      amount: edge.amount,
      note: edge.note,
      evidence: edge.evidence,
      ...(edge.attributes ? { attributes: edge.attributes } : {}),
      ...(color ? { color: cssColorOf(color) } : {}),
    },
  };
}
