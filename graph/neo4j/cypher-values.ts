// Turns values from a user's read-only Cypher query into plain JSON, as the Kuzu adapter does: nodes
// become {id, kind, name, ...}, relationships {id, type, source, target, ...}, paths {nodes, relationships},
// and it notes which entity and relation ids the result referred to.
import neo4j, { type Node, type Path, type Relationship } from "neo4j-driver";
import type { GraphEdge, GraphNode } from "../model/graph.js";
import { graphEdgeOf, graphNodeOf } from "./neo4j-rows.js";

/** Entity ids of relationship ends, by relationship elementId, for relationships returned without nodes. */
export type RelationshipEnds = ReadonlyMap<string, { source: string; target: string }>;

export interface ValueConverter {
  convert(value: unknown): unknown;
  readonly entityIds: Set<string>;
  readonly relationIds: Set<string>;
}

/** Every relationship elementId in the values, so their ends can be looked up in one query. */
export function relationshipElementIds(values: readonly unknown[]): string[] {
  const found = new Set<string>();
  const visit = (value: unknown): void => {
    if (neo4j.isRelationship(value)) found.add(value.elementId);
    else if (neo4j.isPath(value)) value.segments.forEach((segment) => found.add(segment.relationship.elementId));
    else if (Array.isArray(value)) value.forEach(visit);
    else if (isPlainObject(value)) Object.values(value).forEach(visit);
  };
  values.forEach(visit);
  return [...found];
}

export function createValueConverter(ends: RelationshipEnds): ValueConverter {
  const entityIds = new Set<string>();
  const relationIds = new Set<string>();

  const nodeOf = (node: Node): GraphNode | Record<string, unknown> => {
    // Virtual nodes (db.schema.visualization names its nodes after labels, "Entity" too) carry no id.
    if (!node.labels.includes("Entity") || typeof node.properties.id !== "string") {
      return { label: node.labels.join(":"), ...convertMap(node.properties) };
    }
    const converted = graphNodeOf(node.properties as Parameters<typeof graphNodeOf>[0]);
    entityIds.add(converted.id);
    return converted;
  };

  const relationshipOf = (relationship: Relationship): GraphEdge | Record<string, unknown> => {
    const end = ends.get(relationship.elementId);
    if (!end || typeof relationship.properties.id !== "string") {
      return { type: relationship.type, ...convertMap(relationship.properties) };
    }
    const props = relationship.properties;
    const converted = graphEdgeOf({
      id: props.id,
      source: end.source,
      target: end.target,
      type: relationship.type,
      stance: props.stance,
      status: props.status,
      dateStart: props.dateStart,
      dateEnd: props.dateEnd,
      amountValue: props.amountValue,
      amountCurrency: props.amountCurrency,
      amountQualifier: props.amountQualifier,
      note: props.note,
      evidence: props.evidence,
      directed: props.directed,
      attributes: props.attributes,
    });
    relationIds.add(converted.id);
    entityIds.add(converted.source);
    entityIds.add(converted.target);
    return converted;
  };

  const pathOf = (path: Path) => ({
    nodes: [path.start, ...path.segments.map((segment) => segment.end)].map(nodeOf),
    relationships: path.segments.map((segment) => relationshipOf(segment.relationship)),
  });

  const convertMap = (map: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.entries(map).map(([key, inner]) => [key, convert(inner)]));

  const convert = (value: unknown): unknown => {
    if (value === null || value === undefined) return null;
    if (typeof value === "string" || typeof value === "boolean") return value;
    if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
    if (typeof value === "bigint") return Number(value);
    if (neo4j.isInt(value)) return value.toNumber();
    if (neo4j.isNode(value)) return nodeOf(value);
    if (neo4j.isRelationship(value)) return relationshipOf(value);
    if (neo4j.isPath(value)) return pathOf(value);
    if (Array.isArray(value)) return value.map(convert);
    if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
    if (isPlainObject(value)) return convertMap(value);
    // Temporal values, points, durations: their Cypher text form is what a person reads.
    return String(value);
  };

  return { convert, entityIds, relationIds };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
