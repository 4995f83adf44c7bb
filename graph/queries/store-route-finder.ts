// Routes from the walks a store finds in its database (GraphStore.findRouteCandidates): the walks of the
// shortest length first, asked again with one length more only while they hold fewer routes than the
// caller wants (each length more can hold many times the walks: at 100k relations, 3 lengths took
// seconds where 1 took tens of ms). The walks' relations answer each step's parallel relations, so
// ranking needs no further round trip.
import type { AdjacentEdge } from "../model/graph.js";
import type { GraphStore, RouteCandidates } from "../store.js";
import { comparePaths } from "./distinct-routes.js";
import type { RouteFilter, RouteFinder } from "./route-finder.js";
import type { WalkPath } from "./shortest-path.js";

/** The most walks one query returns; past it the longest length found may be incomplete and is left out. */
export const MAX_ROUTE_WALKS = 5_000;

const byId = (a: AdjacentEdge, b: AdjacentEdge) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const stepKey = (from: string, to: string) => `${from}\u0000${to}`;

export function routeFinderOverStore(
  find: NonNullable<GraphStore["findRouteCandidates"]>,
  filter: RouteFilter,
): RouteFinder {
  // Every relation a found walk takes between two entities, in the walk's direction.
  const parallel = new Map<string, Map<string, AdjacentEdge>>();

  function routesOf(found: RouteCandidates): WalkPath[] {
    const routes = new Map<string, WalkPath>();
    for (const walk of found.walks) {
      walk.edges.forEach((edge, i) => {
        const key = stepKey(walk.nodeIds[i]!, walk.nodeIds[i + 1]!);
        let edges = parallel.get(key);
        if (!edges) parallel.set(key, (edges = new Map()));
        edges.set(edge.id, edge);
      });
      const key = walk.nodeIds.join("\u0000");
      const known = routes.get(key);
      if (!known || comparePaths(walk, known) < 0) routes.set(key, walk);
    }
    const sorted = [...routes.values()].sort(comparePaths);
    if (!found.truncated) return sorted;
    const longest = sorted.at(-1)?.edges.length;
    const complete = sorted.filter((route) => route.edges.length !== longest);
    return complete.length > 0 ? complete : sorted;
  }

  return {
    async *routes(from, to, options, demand) {
      let groups = 1;
      for (;;) {
        const found = await find({
          from,
          to,
          maxHops: options.maxHops,
          groups,
          direction: options.direction,
          blockedNodes: [...(options.blockedNodes ?? [])],
          filter,
          rowLimit: MAX_ROUTE_WALKS,
        });
        const routes = routesOf(found);
        const lengths = new Set(routes.map((route) => route.edges.length)).size;
        const exhausted = found.truncated || lengths < groups || groups >= options.maxHops;
        if (exhausted || routes.length >= demand.routes) {
          yield* routes;
          return;
        }
        groups++;
      }
    },
    between(from, to) {
      return Promise.resolve([...(parallel.get(stepKey(from, to))?.values() ?? [])].sort(byId));
    },
  };
}
