// The route search path queries run on: the shortest walk and the relations of one step, both over the
// walk index (graph/walk-index/) with the filter's types, stances, statuses and date applied.
import type { AdjacentEdge } from "../model/graph.js";
import type { EdgeFilter } from "../store.js";
import { WAYS, type WalkIndex } from "../walk-index/walk-index.js";
import { findShortestPath, type ShortestPathOptions, type WalkPath } from "./shortest-path.js";
import type { WalkDirection } from "./walk.js";

/** The shortest walk between two entities (the least by node ids, then edge ids), or undefined. */
export type PathSearch = (from: string, to: string, options: ShortestPathOptions) => Promise<WalkPath | undefined>;

/** Every relation the filter lets a walk follow straight from `from` to `to`, by id. */
export type StepEdges = (from: string, to: string, direction: WalkDirection) => Promise<AdjacentEdge[]>;

export interface RouteSearch {
  shortest: PathSearch;
  between: StepEdges;
}

type SearchFilter = Pick<EdgeFilter, "types" | "stances" | "excludeTypes" | "statuses" | "at" | "includeUndated">;

/** Only the filter's types, stances, statuses and date apply: the walk's direction is the search's own option. */
export function routeSearchOverIndex(index: WalkIndex, filter: SearchFilter): RouteSearch {
  const types = index.typesAllowedBy(filter);
  const edges = index.edgesAllowedBy(filter);
  return {
    shortest: (from, to, options) => Promise.resolve(findShortestPath(index, from, to, options, types, edges)),
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
