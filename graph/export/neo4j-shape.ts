// Our graph as the Neo4j store lays it out (labels, property names, JSON-encoded evidence), taken from
// the Neo4j adapter's own row mapping so that an exported database is one the explorer can open.
import { entityRowOf, relationRowOf, type EntityRow, type RelationRow } from "../neo4j/neo4j-rows.js";
import { entityOfNode, relationOfEdge, type GraphEdge, type GraphNode } from "../model/graph.js";

export type { EntityRow, RelationRow };

export function entityRowOfNode(node: GraphNode): EntityRow {
  return entityRowOf(entityOfNode(node));
}

export function relationRowOfEdge(edge: GraphEdge): RelationRow {
  return relationRowOf(relationOfEdge(edge));
}
