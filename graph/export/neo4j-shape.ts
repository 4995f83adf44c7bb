// Our graph as the Neo4j store lays it out (labels, property names, JSON-encoded evidence), taken from
// the Neo4j adapter's own row mapping so that an exported database is one the explorer can open.
import { entityRowOf, relationRowOf, type EntityRow, type RelationRow } from "../neo4j/neo4j-rows.js";
import type { Entity } from "../model/entity.js";
import type { GraphEdge, GraphNode } from "../model/graph.js";

export type { EntityRow, RelationRow };

export function entityRowOfNode(node: GraphNode): EntityRow {
  // A GraphNode is an Entity whose properties were checked when it was stored.
  return entityRowOf({ ...node, properties: node.properties } as Entity);
}

export function relationRowOfEdge(edge: GraphEdge): RelationRow {
  return relationRowOf({
    id: edge.id,
    type: edge.type,
    stance: edge.stance,
    from: edge.source,
    to: edge.target,
    status: edge.status,
    evidence: edge.evidence,
    ...(edge.date ? { date: edge.date } : {}),
    ...(edge.amount ? { amount: edge.amount } : {}),
    ...(edge.note !== null ? { note: edge.note } : {}),
  });
}
