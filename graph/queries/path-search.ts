// Where a path query gets its shortest-walk search: over the store's numbered index of the graph when
// it keeps one in memory, else over adjacency fetched from the store level by level.
import type { AdjacentEdge } from "../model/graph.js";
import type { EdgeFilter, GraphStore } from "../store.js";
import { adjacencyLookupOf, type AdjacencyLookup } from "./adjacency-cache.js";
import { findShortestPathIn } from "./indexed-shortest-path.js";
import { findShortestPath, type ShortestPathOptions, type WalkPath } from "./shortest-path.js";
import { WAYS, type WalkIndex } from "./walk-index.js";
import { stepTarget, type WalkDirection } from "./walk.js";

/** The shortest walk between two entities (the least by node ids, then edge ids), or undefined. */
export type PathSearch = (from: string, to: string, options: ShortestPathOptions) => Promise<WalkPath | undefined>;

/** Every relation the filter lets a walk follow straight from `from` to `to`, by id. */
export type StepEdges = (from: string, to: string, direction: WalkDirection) => Promise<AdjacentEdge[]>;

export interface RouteSearch {
  shortest: PathSearch;
  between: StepEdges;
}

type SearchFilter = Pick<EdgeFilter, "types" | "stances" | "excludeTypes" | "statuses" | "at" | "includeUndated">;

export function searchOverLookup(lookup: AdjacencyLookup): PathSearch {
  return (from, to, options) => findShortestPath(from, to, options, lookup);
}

/** Only the filter's types, stances, statuses and date apply: the walk's direction is the search's own option. */
export function searchOverIndex(index: WalkIndex, filter: SearchFilter): PathSearch {
  return routeSearchOverIndex(index, filter).shortest;
}

export async function pathSearchOf(store: GraphStore, filter: EdgeFilter): Promise<PathSearch> {
  return (await routeSearchOf(store, filter)).shortest;
}

export async function routeSearchOf(store: GraphStore, filter: EdgeFilter): Promise<RouteSearch> {
  if (store.walkIndex) return routeSearchOverIndex(await store.walkIndex(), filter);
  return routeSearchOverLookup(adjacencyLookupOf(store, filter));
}

export function routeSearchOverLookup(lookup: AdjacencyLookup): RouteSearch {
  return {
    shortest: searchOverLookup(lookup),
    async between(from, to, direction) {
      const incident = (await lookup([from])).get(from) ?? [];
      return incident.filter((edge) => stepTarget(from, edge, direction) === to);
    },
  };
}

export function routeSearchOverIndex(index: WalkIndex, filter: SearchFilter): RouteSearch {
  const types = index.typesAllowedBy(filter);
  const edges = index.edgesAllowedBy(filter);
  return {
    shortest: (from, to, options) => Promise.resolve(findShortestPathIn(index, from, to, options, types, edges)),
    between(from, to, direction) {
      const start = index.numberOfNode(from);
      const end = index.numberOfNode(to);
      const found: AdjacentEdge[] = [];
      if (start === undefined || end === undefined) return Promise.resolve(found);
      for (let slot = index.first[start]!, last = index.first[start + 1]!; slot < last; slot++) {
        if (index.slotOther[slot] !== end || (index.slotWay[slot]! & WAYS[direction]) === 0) continue;
        const edge = index.slotEdge[slot]!;
        if (types && types[index.edgeType[edge]!] === 0) continue;
        if (edges && edges[edge] === 0) continue;
        found.push(index.edges[edge]!);
      }
      return Promise.resolve(found.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
    },
  };
}
