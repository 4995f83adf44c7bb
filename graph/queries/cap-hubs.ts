// Splits what a neighbourhood walk reaches into entities it may pass through and hubs it only counts,
// for a store that holds every entity's relations in memory (the embedded store's topology).
import type { AdjacentEdge } from "../model/graph.js";
import type { CappedAdjacency, HubRelationCounts } from "../store.js";

/** `relationsOf` answers an entity's relations under the walk's filter, each once. */
export function capHubs(
  ids: Iterable<string>,
  relationsOf: (id: string) => readonly AdjacentEdge[],
  hubDegree: number,
): CappedAdjacency {
  const edges = new Map<string, AdjacentEdge>();
  const hubs: HubRelationCounts[] = [];
  for (const id of new Set(ids)) {
    const relations = relationsOf(id);
    if (relations.length > hubDegree) hubs.push(countRelations(id, relations));
    else for (const edge of relations) edges.set(edge.id, edge);
  }
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { edges: [...edges.values()].sort(byId), hubs: hubs.sort(byId) };
}

/** Relations counted by type and by direction as seen from the entity ("out" when it is the source). */
export function countRelations(id: string, relations: readonly AdjacentEdge[]): HubRelationCounts {
  const counts = new Map<string, HubRelationCounts["counts"][number]>();
  for (const edge of relations) {
    const direction = edge.source === id ? "out" : "in";
    const key = `${edge.type} ${direction}`;
    const row = counts.get(key) ?? { type: edge.type, direction, count: 0 };
    row.count++;
    counts.set(key, row);
  }
  return { id, counts: [...counts.values()].sort(compareCounts) };
}

/** Largest count first, then by type and direction: the order the neighbour summary lists them in. */
export function compareCounts(
  a: { type: string; direction: string; count: number },
  b: { type: string; direction: string; count: number },
): number {
  return b.count - a.count || a.type.localeCompare(b.type) || a.direction.localeCompare(b.direction);
}
