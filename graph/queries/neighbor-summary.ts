// What waits behind a node before it is expanded: its relations counted by type, stance and direction.
import type { AdjacentEdge } from "../model/graph.js";
import type { HubRelationCounts } from "../store.js";
import { stanceOf, type RelationType, type Stance } from "../model/vocabulary.js";
import { compareCounts } from "./cap-hubs.js";

export interface NeighborCount {
  type: RelationType;
  stance: Stance;
  /** "out" when the node is the relation's source, "in" when it is its target. */
  direction: "out" | "in";
  /** Relations of this type and direction. */
  count: number;
}

export interface NeighborSummary {
  id: string;
  /** Relations touching the node. */
  total: number;
  /** Distinct neighbouring entities. */
  neighbors: number;
  byStance: Record<Stance, number>;
  /** Largest count first, then by type and direction. */
  counts: NeighborCount[];
}

export function summarizeNeighbors(id: string, incident: readonly AdjacentEdge[]): NeighborSummary {
  const counts = new Map<string, NeighborCount>();
  const byStance: Record<Stance, number> = { rivalry: 0, partnership: 0, neutral: 0 };
  const neighbors = new Set<string>();
  const seen = new Set<string>();
  for (const edge of incident) {
    if (seen.has(edge.id) || (edge.source !== id && edge.target !== id)) continue;
    seen.add(edge.id);
    const direction = edge.source === id ? "out" : "in";
    neighbors.add(direction === "out" ? edge.target : edge.source);
    const stance = stanceOf(edge.type);
    byStance[stance]++;
    const key = `${edge.type} ${direction}`;
    const row = counts.get(key) ?? { type: edge.type, stance, direction, count: 0 };
    row.count++;
    counts.set(key, row);
  }
  const sorted = [...counts.values()].sort(compareCounts);
  return { id, total: seen.size, neighbors: neighbors.size, byStance, counts: sorted };
}

/** A hub a neighbourhood kept but did not walk through: how many relations wait behind it, by type. */
export interface HubSummary {
  id: string;
  /** Relations touching it under the neighbourhood's filter. */
  total: number;
  counts: NeighborCount[];
}

export function hubSummaryOf(hub: HubRelationCounts): HubSummary {
  const counts = hub.counts.map(({ type, direction, count }) => ({ type, stance: stanceOf(type), direction, count }));
  return { id: hub.id, total: counts.reduce((sum, row) => sum + row.count, 0), counts };
}
