// The wire format for graphs: what the server sends and the client draws. Thin and typed, so the
// client imports it instead of rebuilding it.
import { z } from "zod";
import { Period } from "./dates.js";
import { Amount, EntityId } from "./entity.js";
import { Evidence } from "./relation.js";
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
}

export function emptyGraph(): Graph {
  return { nodes: [], edges: [] };
}

/** Sorted by id so that two stores' answers compare equal as data. */
export function sortGraph(graph: Graph): Graph {
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { nodes: [...graph.nodes].sort(byId), edges: [...graph.edges].sort(byId) };
}
