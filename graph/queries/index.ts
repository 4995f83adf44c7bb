// The query layer's public face: the factory, its result types and the pure algorithms under it.
export * from "./graph-queries.js";
export type { FoundPath, FoundPathStep, PathsOptions } from "./find-paths.js";
export { MAX_CHRONOLOGICAL_ROUTES, MAX_RANKED_ROUTES } from "./find-paths.js";
export type { PathSupport, StepSupport } from "./route-support.js";
export type { PathStep } from "./path-steps.js";
export type { HubSummary, NeighborCount, NeighborSummary } from "./neighbor-summary.js";
export type { SearchHit } from "./search-ranking.js";
export type { DescribedSearchHit, HitSource } from "./search-hit-context.js";
export type { HitDetail } from "./hit-details.js";
export { rankSearchHits } from "./search-ranking.js";
export { findShortestPath, type WalkPath } from "./shortest-path.js";
export { distinctRoutes, distinctRoutesVia, comparePaths } from "./distinct-routes.js";
export { expandNeighborhood, type Neighborhood } from "./neighborhood.js";
export {
  MAX_PATH_HOPS,
  MAX_PATHS,
  MAX_NEIGHBOR_DEPTH,
  MAX_NEIGHBORS,
  DEFAULT_HUB_DEGREE,
  MAX_HUB_DEGREE,
  MAX_SEARCH_LIMIT,
  MAX_OVERVIEW_ENTITIES,
} from "./input.js";
