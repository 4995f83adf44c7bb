// Where a path query gets its shortest-walk search: over the store's numbered index of the graph when
// it keeps one in memory, else over adjacency fetched from the store level by level.
import type { EdgeFilter, GraphStore } from "../store.js";
import { adjacencyLookupOf, type AdjacencyLookup } from "./adjacency-cache.js";
import { findShortestPathIn } from "./indexed-shortest-path.js";
import { findShortestPath, type ShortestPathOptions, type WalkPath } from "./shortest-path.js";
import type { WalkIndex } from "./walk-index.js";

/** The shortest walk between two entities (the least by node ids, then edge ids), or undefined. */
export type PathSearch = (from: string, to: string, options: ShortestPathOptions) => Promise<WalkPath | undefined>;

export function searchOverLookup(lookup: AdjacencyLookup): PathSearch {
  return (from, to, options) => findShortestPath(from, to, options, lookup);
}

/** Only the filter's types and stances apply: the walk's direction is the search's own option. */
export function searchOverIndex(index: WalkIndex, filter: Pick<EdgeFilter, "types" | "stances">): PathSearch {
  const types = index.typesAllowedBy(filter);
  return (from, to, options) => Promise.resolve(findShortestPathIn(index, from, to, options, types));
}

export async function pathSearchOf(store: GraphStore, filter: EdgeFilter): Promise<PathSearch> {
  if (store.walkIndex) return searchOverIndex(await store.walkIndex(), filter);
  return searchOverLookup(adjacencyLookupOf(store, filter));
}
