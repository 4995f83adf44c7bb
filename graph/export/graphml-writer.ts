// GraphML for yEd, Cytoscape and NetworkX: a <key> for every attribute, a directed graph with the
// relation ids kept, and positions and colours as plain x, y and color data when a layout is given.
import type { Graph, GraphEdge, GraphNode } from "../model/graph.js";
import { cssColorOf, type CheckedLayout } from "./layout.js";
import { EDGE_FIELDS, NODE_FIELDS, type Field, type FieldValue } from "./record-fields.js";
import { xmlAttribute as attr, xmlText as text } from "./xml-text.js";

export interface GraphmlOptions {
  layout: CheckedLayout;
  description?: string;
}

/** GraphML has no list type: lists travel as JSON arrays in a string. */
const GRAPHML_TYPES = { string: "string", double: "double", integer: "int", liststring: "string" } as const;

const LAYOUT_KEYS = [
  { id: "n_x", name: "x", type: "double" },
  { id: "n_y", name: "y", type: "double" },
  { id: "n_color", name: "color", type: "string" },
] as const;

export function* graphmlPieces(graph: Graph, options: GraphmlOptions): Generator<string> {
  yield (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n' +
    '  <key id="g_description" for="graph" attr.name="description" attr.type="string"/>\n' +
    '  <key id="n_label" for="node" attr.name="label" attr.type="string"/>\n' +
    keyDeclarations("node", "n_", NODE_FIELDS) +
    LAYOUT_KEYS.map((k) => `  <key id="${k.id}" for="node" attr.name="${k.name}" attr.type="${k.type}"/>\n`).join("") +
    keyDeclarations("edge", "e_", EDGE_FIELDS) +
    '  <key id="e_color" for="edge" attr.name="color" attr.type="string"/>\n' +
    '  <graph id="G" edgedefault="directed">\n' +
    (options.description ? `    <data key="g_description">${text(options.description)}</data>\n` : "")
  );
  for (const node of graph.nodes) yield nodeElement(node, options.layout);
  for (const edge of graph.edges) yield edgeElement(edge, options.layout);
  yield "  </graph>\n</graphml>\n";
}

function keyDeclarations<T>(forWhat: "node" | "edge", prefix: string, fields: readonly Field<T>[]): string {
  return fields
    .map(
      (f) =>
        `  <key id="${prefix}${f.name}" for="${forWhat}" attr.name="${f.name}" attr.type="${GRAPHML_TYPES[f.type]}"/>\n`,
    )
    .join("");
}

function nodeElement(node: GraphNode, layout: CheckedLayout): string {
  const position = layout.position(node.id);
  const color = layout.color(node.id);
  return (
    `    <node id="${attr(node.id)}">\n` +
    data("n_label", node.name) +
    dataOf(node, "n_", NODE_FIELDS) +
    (position ? data("n_x", position.x) + data("n_y", position.y) : "") +
    (color ? data("n_color", cssColorOf(color)) : "") +
    "    </node>\n"
  );
}

function edgeElement(edge: GraphEdge, layout: CheckedLayout): string {
  const color = layout.color(edge.id);
  return (
    `    <edge id="${attr(edge.id)}" source="${attr(edge.source)}" target="${attr(edge.target)}"` +
    `${edge.directed === false ? ' directed="false"' : ""}>\n` +
    dataOf(edge, "e_", EDGE_FIELDS) +
    (color ? data("e_color", cssColorOf(color)) : "") +
    "    </edge>\n"
  );
}

function dataOf<T>(item: T, prefix: string, fields: readonly Field<T>[]): string {
  let out = "";
  for (const field of fields) {
    const value = field.value(item);
    if (value !== undefined) out += data(prefix + field.name, graphmlValue(value));
  }
  return out;
}

function data(key: string, value: string | number): string {
  return `      <data key="${key}">${text(value)}</data>\n`;
}

function graphmlValue(value: FieldValue): string | number {
  return typeof value === "string" || typeof value === "number" ? value : JSON.stringify(value);
}
