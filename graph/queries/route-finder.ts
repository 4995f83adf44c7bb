// Where a path query gets its distinct routes from: Yen's algorithm over the walk index (the embedded
// store), or the walks the database itself finds (a store with findRouteCandidates, Neo4j). Either way
// routes come shortest first, then by entity ids, and each step's parallel relations come with them.
import type { EdgeFilter } from "../store.js";
import type { WalkIndex } from "../walk-index/walk-index.js";
import { distinctRoutes, type RouteOptions } from "./distinct-routes.js";
import { routeSearchOverIndex, type StepEdges } from "./path-search.js";
import type { WalkPath } from "./shortest-path.js";

/** How many routes a caller may pull (with every route as short as the last of them). */
export interface RouteDemand {
  routes: number;
}

export interface RouteFinder {
  /** Distinct routes (by entities), shorter first, equal lengths by entity ids, then relation ids. */
  routes(from: string, to: string, options: RouteOptions, demand: RouteDemand): AsyncIterable<WalkPath>;
  /** The relations one step of a route found here may take. */
  between: StepEdges;
}

export type RouteFilter = Pick<EdgeFilter, "types" | "stances" | "excludeTypes" | "statuses" | "at" | "includeUndated">;

/** Lazily, one shortest-path search per spur: the demand is not needed, a caller stops pulling. */
export function routeFinderOverIndex(index: WalkIndex, filter: RouteFilter): RouteFinder {
  const search = routeSearchOverIndex(index, filter);
  return {
    routes: (from, to, options) => distinctRoutes(from, to, options, search),
    between: search.between,
  };
}
