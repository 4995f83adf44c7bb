// The wire format for graphs: what the server sends and the client draws. Thin and typed, so the
// client imports it instead of rebuilding it.
import { z } from "zod";
import { Period } from "./dates.js";
import { Amount, EntityId, type Entity } from "./entity.js";
import { FileAttributes } from "./file-attributes.js";
import { Evidence, type Relation } from "./relation.js";
import { EntityKind, RelationStatus, RelationType, Stance } from "./vocabulary.js";

export const GraphNode = z.object({
  id: EntityId,
  name: z.string(),
  kind: EntityKind,
  aliases: z.array(z.string()),
  properties: z.record(z.string(), z.unknown()),
});
export type GraphNode = z.infer<typeof GraphNode>;

export const GraphEdge = z.object({
  id: z.string(),
  source: EntityId,
  target: EntityId,
  type: RelationType,
  stance: Stance,
  status: RelationStatus,
  date: Period.nullable(),
  amount: Amount.nullable(),
  note: z.string().nullable(),
  /** Present only for an undirected relation: source and target are then just the order it was stored in. */
  directed: z.literal(false).optional(),
  /** Present only when the relation came from a file with attributes of its own (see file-attributes.ts). */
  attributes: FileAttributes.optional(),
  evidence: z.array(Evidence),
});
export type GraphEdge = z.infer<typeof GraphEdge>;

export const Graph = z.object({ nodes: z.array(GraphNode), edges: z.array(GraphEdge) });
export type Graph = z.infer<typeof Graph>;

/** The light form of an edge that path and neighbourhood searches walk over. */
export interface AdjacentEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  /** An undirected relation is walked both ways whatever direction a walk asks for. */
  directed?: false;
}

export function emptyGraph(): Graph {
  return { nodes: [], edges: [] };
}

/** Sorted by id so that two stores' answers compare equal as data. */
export function sortGraph(graph: Graph): Graph {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { nodes: [...graph.nodes].sort(byId), edges: [...graph.edges].sort(byId) };
}

/** A stored node back in the form the stores' upserts take (its properties were checked when stored). */
export function entityOfNode(node: GraphNode): Entity {
  return {
    id: node.id,
    kind: node.kind,
    name: node.name,
    aliases: node.aliases,
    properties: node.properties,
  } as Entity;
}

/** A stored edge back in the form the stores' upserts take. */
export function relationOfEdge(edge: GraphEdge): Relation {
  return {
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
    ...(edge.directed === false ? { directed: false as const } : {}),
    ...(edge.attributes ? { attributes: edge.attributes } : {}),
  };
}
