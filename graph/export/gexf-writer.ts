// GEXF 1.3 for Gephi: a directed graph (an undirected relation's edge says type="undirected") with typed
// node and edge attributes, the relation type also as the edge's GEXF `kind`, and the user's positions and
// colours in the viz namespace.
import type { Graph, GraphEdge, GraphNode } from "../model/graph.js";
import type { CheckedLayout, Rgba } from "./layout.js";
import { EDGE_FIELDS, NODE_FIELDS, type Field, type FieldValue } from "./record-fields.js";
import { xmlAttribute as attr, xmlText as text } from "./xml-text.js";

export interface GexfOptions {
  layout: CheckedLayout;
  /** Shown in Gephi's import report. */
  description?: string;
  /** The file's `lastmodifieddate`, YYYY-MM-DD. */
  date: string;
}

export function* gexfPieces(graph: Graph, options: GexfOptions): Generator<string> {
  yield (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
    'xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
    `  <meta lastmodifieddate="${attr(options.date)}">\n` +
    "    <creator>relationship-explorer</creator>\n" +
    (options.description ? `    <description>${text(options.description)}</description>\n` : "") +
    "  </meta>\n" +
    '  <graph defaultedgetype="directed" mode="static">\n' +
    attributeDeclarations("node", NODE_FIELDS) +
    attributeDeclarations("edge", EDGE_FIELDS) +
    "    <nodes>\n"
  );
  for (const node of graph.nodes) yield nodeElement(node, options.layout);
  yield "    </nodes>\n    <edges>\n";
  for (const edge of graph.edges) yield edgeElement(edge, options.layout);
  yield "    </edges>\n  </graph>\n</gexf>\n";
}

function attributeDeclarations<T>(forClass: "node" | "edge", fields: readonly Field<T>[]): string {
  const lines = fields.map((f) => `      <attribute id="${f.name}" title="${f.name}" type="${f.type}"/>\n`);
  return `    <attributes class="${forClass}">\n${lines.join("")}    </attributes>\n`;
}

function nodeElement(node: GraphNode, layout: CheckedLayout): string {
  const position = layout.position(node.id);
  const color = layout.color(node.id);
  return (
    `      <node id="${attr(node.id)}" label="${attr(node.name)}">\n` +
    attvalues(node, NODE_FIELDS) +
    (color ? `        ${vizColor(color)}\n` : "") +
    (position ? `        <viz:position x="${position.x}" y="${position.y}" z="0"/>\n` : "") +
    "      </node>\n"
  );
}

function edgeElement(edge: GraphEdge, layout: CheckedLayout): string {
  const color = layout.color(edge.id);
  return (
    `      <edge id="${attr(edge.id)}" source="${attr(edge.source)}" target="${attr(edge.target)}" ` +
    (edge.directed === false ? 'type="undirected" ' : "") +
    `kind="${attr(edge.type)}" label="${attr(edge.type)}">\n` +
    attvalues(edge, EDGE_FIELDS) +
    (color ? `        ${vizColor(color)}\n` : "") +
    "      </edge>\n"
  );
}

function attvalues<T>(item: T, fields: readonly Field<T>[]): string {
  let out = "        <attvalues>\n";
  for (const field of fields) {
    const value = field.value(item);
    if (value === undefined) continue;
    out += `          <attvalue for="${field.name}" value="${attr(gexfValue(value))}"/>\n`;
  }
  return `${out}        </attvalues>\n`;
}

/** Lists as Gephi writes and reads them: `["a", "b"]`, quotes and backslashes escaped inside. */
function gexfValue(value: FieldValue): string | number {
  if (typeof value === "string" || typeof value === "number") return value;
  const quoted = value.map(
    (item) =>
      `"${item.replace(/[\\"\n\r\t]/g, (c) => (c === "\n" ? "\\n" : c === "\r" ? "\\r" : c === "\t" ? "\\t" : `\\${c}`))}"`,
  );
  return `[${quoted.join(", ")}]`;
}

function vizColor(color: Rgba): string {
  const alpha = color.a === undefined ? "" : ` a="${color.a}"`;
  return `<viz:color r="${color.r}" g="${color.g}" b="${color.b}"${alpha}/>`;
}
