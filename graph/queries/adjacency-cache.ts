// Adjacency fetched lazily from the store and kept for one request, so path and neighbourhood searches
// ask the store for each node's edges at most once, one batch per BFS level.
import type { AdjacentEdge } from "../model/graph.js";
import type { EdgeFilter, GraphStore } from "../store.js";

/** Every edge touching each of the given ids (both directions), sorted by edge id. */
export type AdjacencyLookup = (ids: readonly string[]) => Promise<ReadonlyMap<string, readonly AdjacentEdge[]>>;

export interface AdjacencyCache {
  lookup: AdjacencyLookup;
  /** How many node ids have been fetched from the store so far. */
  fetchedCount(): number;
}

const byId = (a: AdjacentEdge, b: AdjacentEdge) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Wraps a batch fetch (e.g. `ids => store.adjacency(ids, filter)`) in a per-request cache. */
export function createAdjacencyCache(fetch: (ids: readonly string[]) => Promise<AdjacentEdge[]>): AdjacencyCache {
  const incident = new Map<string, AdjacentEdge[]>();

  const lookup: AdjacencyLookup = async (ids) => {
    const missing = [...new Set(ids)].filter((id) => !incident.has(id));
    if (missing.length > 0) {
      const wanted = new Set(missing);
      for (const id of missing) incident.set(id, []);
      const seen = new Set<string>();
      for (const edge of await fetch(missing)) {
        if (seen.has(edge.id)) continue;
        seen.add(edge.id);
        if (wanted.has(edge.source)) incident.get(edge.source)!.push(edge);
        if (wanted.has(edge.target) && edge.target !== edge.source) incident.get(edge.target)!.push(edge);
      }
      for (const id of missing) incident.get(id)!.sort(byId);
    }
    return new Map(ids.map((id) => [id, incident.get(id)!]));
  };

  return { lookup, fetchedCount: () => incident.size };
}

/** The store's adjacency() through a per-request cache. */
export function adjacencyLookupOf(store: GraphStore, filter: EdgeFilter): AdjacencyLookup {
  return createAdjacencyCache((ids) => store.adjacency(ids, filter)).lookup;
}

/** An adjacency lookup over a fixed edge list: for tests and for graphs already in memory. */
export function adjacencyOfEdges(edges: readonly AdjacentEdge[]): AdjacencyLookup {
  const cache = createAdjacencyCache(async (ids) => {
    const wanted = new Set(ids);
    return edges.filter((edge) => wanted.has(edge.source) || wanted.has(edge.target));
  });
  return cache.lookup;
}
