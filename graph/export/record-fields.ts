// The attributes a node and an edge carry in the attribute-table formats (GEXF, GraphML): one flat,
// typed field per piece of the model, so Gephi, yEd and Cytoscape can filter and colour by them.
import type { GraphEdge, GraphNode } from "../model/graph.js";

export type FieldType = "string" | "double" | "integer" | "liststring";
export type FieldValue = string | number | readonly string[];

export interface Field<T> {
  name: string;
  type: FieldType;
  /** undefined: the item has no value, and the attribute is left out. */
  value(item: T): FieldValue | undefined;
}

/** The name travels as the node's label (GEXF `label`, GraphML key `label`), the kind as an attribute. */
export const NODE_FIELDS: readonly Field<GraphNode>[] = [
  { name: "kind", type: "string", value: (n) => n.kind },
  { name: "aliases", type: "liststring", value: (n) => n.aliases },
  { name: "properties", type: "string", value: (n) => JSON.stringify(n.properties) },
];

/**
 * `relType`, not `type`: graphology-based viewers (sigma, Gephi Lite) read an edge's `type` attribute
 * as the name of the program that draws it.
 */
export const EDGE_FIELDS: readonly Field<GraphEdge>[] = [
  { name: "relType", type: "string", value: (e) => e.type },
  { name: "stance", type: "string", value: (e) => e.stance },
  { name: "status", type: "string", value: (e) => e.status },
  { name: "dateStart", type: "string", value: (e) => e.date?.start },
  { name: "dateEnd", type: "string", value: (e) => e.date?.end },
  { name: "amountValue", type: "double", value: (e) => e.amount?.value },
  { name: "amountCurrency", type: "string", value: (e) => e.amount?.currency },
  { name: "amountQualifier", type: "string", value: (e) => e.amount?.qualifier },
  { name: "note", type: "string", value: (e) => e.note ?? undefined },
  { name: "evidence", type: "string", value: (e) => JSON.stringify(e.evidence) },
  { name: "evidenceCount", type: "integer", value: (e) => e.evidence.length },
  /** What the relation's own file said beyond the model's fields, typed (see model/file-attributes.ts). */
  { name: "attributes", type: "string", value: (e) => (e.attributes ? JSON.stringify(e.attributes) : undefined) },
];
