// The paths query: validates input, enumerates distinct routes over the relations the filters allow
// (see distinct-routes.ts), folds parallel relations into one step, ranks the routes by evidence (see
// route-support.ts) and returns each as a small graph with its ids in walk order and its steps in words.
import { InvalidInputError, NotFoundError } from "../errors.js";
import type { AdjacentEdge, Graph, GraphEdge } from "../model/graph.js";
import { CO_OCCURRENCE_TYPE, statusesOfSupport, type SupportLevel } from "../model/support.js";
import type { RelationStatus, RelationType } from "../model/vocabulary.js";
import type { EdgeFilter, GraphStore } from "../store.js";
import { chronologicalSteps } from "./chronology.js";
import { distinctRoutesVia } from "./distinct-routes.js";
import { hydrate } from "./hydrate.js";
import { PathsInput, parseInput } from "./input.js";
import type { RouteFilter, RouteFinder } from "./route-finder.js";
import { pathSteps, pathText, type PathStep } from "./path-steps.js";
import {
  bestSupportedFirst,
  compareSupportedRoutes,
  pathSupportOf,
  stepSupportOf,
  type PathSupport,
  type StepSupport,
  type SupportedRoute,
} from "./route-support.js";
import type { WalkPath } from "./shortest-path.js";

export type PathsOptions = {
  from: string;
  to: string;
  via?: string;
  maxHops?: number;
  types?: RelationType[];
  excludeTypes?: RelationType[];
  stances?: PathsInputTypes["stances"];
  support?: SupportLevel;
  statuses?: RelationStatus[];
  at?: string;
  undated?: boolean;
  chronological?: boolean;
  k?: number;
  directed?: boolean;
};
type PathsInputTypes = ReturnType<typeof PathsInput.parse>;

/**
 * Routes ranked before the best k are kept: all routes as short as the k-th, up to 4·k of them (at most
 * this many), so a better-supported route of the same length is not cut off by id order. Each route more
 * is another search (on Neo4j, round trips), so the margin grows with k rather than starting high: with a
 * floor of 20, one shortest path cost twenty searches (BENCHMARKS.md).
 */
export const MAX_RANKED_ROUTES = 40;
const rankedRouteLimitOf = (k: number) => Math.min(MAX_RANKED_ROUTES, 4 * k);
/**
 * With `chronological`, at most this many routes (shortest first) are examined for one whose periods are
 * in order; a chronological route beyond them is not found, and fewer than k paths may come back.
 */
export const MAX_CHRONOLOGICAL_ROUTES = 200;

export type FoundPathStep = PathStep & {
  /** Every relation folded into the step, best-supported first; `edgeId` is the first. */
  edgeIds: string[];
  support: StepSupport;
};

export type FoundPath = Graph & {
  length: number;
  nodeIds: string[];
  /** One relation per step, the best-supported of those folded into it: the one to draw. */
  edgeIds: string[];
  steps: FoundPathStep[];
  /** The whole path in one line. */
  text: string;
  support: PathSupport;
};

/**
 * `routeFinderFor` gives where the routes come from for a filter (see route-finder.ts): the walk index
 * as of the store's last relation write, or the store's own path search; they are then read back from
 * the store.
 */
export async function findPaths(
  store: GraphStore,
  routeFinderFor: (filter: RouteFilter) => Promise<RouteFinder>,
  options: PathsOptions,
): Promise<{ paths: FoundPath[] }> {
  const input = parseInput(PathsInput, options);
  const { from, to, via } = input;
  if (from === to) throw new InvalidInputError("from and to are the same entity", { parameter: "to" });
  if (via !== undefined && (via === from || via === to)) {
    throw new InvalidInputError("via must differ from both ends of the path", { parameter: "via" });
  }
  const ends = [from, to, ...(via ? [via] : [])];
  const found = new Set((await store.getEntities(ends)).map((node) => node.id));
  const names = ["from", "to", "via"];
  ends.forEach((id, i) => {
    if (!found.has(id)) throw new NotFoundError(`No entity with id ${id}`, { parameter: names[i], id });
  });

  const finder = await routeFinderFor(edgeFilterOf(input));
  const direction = input.directed ? ("out" as const) : ("both" as const);
  const limit = input.chronological ? MAX_CHRONOLOGICAL_ROUTES : rankedRouteLimitOf(input.k);
  const legDemand = { routes: legLimitOf(input) };
  const routes: AsyncIterable<WalkPath> | Iterable<WalkPath> = via
    ? await distinctRoutesVia(
        from,
        via,
        to,
        { maxHops: input.maxHops, direction },
        (legFrom, legTo, legOptions) => finder.routes(legFrom, legTo, legOptions, legDemand),
        legDemand.routes,
      )
    : finder.routes(from, to, { maxHops: input.maxHops, direction }, { routes: input.chronological ? limit : input.k });
  const ranked = await gatherRoutes(store, routes, finder, {
    k: input.k,
    limit,
    direction,
    chronological: input.chronological,
  });

  const best = ranked.sort(compareSupportedRoutes).slice(0, input.k);
  const { nodes } = await hydrate(
    store,
    best.flatMap((route) => route.nodeIds),
    [],
  );
  const paths = best.map((route) => {
    const drawn = route.steps.map((step) => step[0]!);
    const steps = pathSteps(route.nodeIds, drawn, nodes).map((step, i) => ({
      ...step,
      edgeIds: route.steps[i]!.map((edge) => edge.id),
      support: stepSupportOf(route.steps[i]!),
    }));
    return {
      nodes: route.nodeIds.map((id) => nodes.get(id)!),
      // In walk order, each step's relations best-supported first.
      edges: route.steps.flat(),
      length: drawn.length,
      nodeIds: route.nodeIds,
      edgeIds: drawn.map((edge) => edge.id),
      steps,
      text: pathText(route.nodeIds, drawn, nodes),
      support: route.support,
    };
  });
  return { paths };
}

/** MENTIONS is co-occurrence, not a tie: it is only walked when `types` names it. */
function edgeFilterOf(input: PathsInputTypes): EdgeFilter {
  const excluded = new Set<RelationType>(input.excludeTypes ?? []);
  if (!input.types?.includes(CO_OCCURRENCE_TYPE)) excluded.add(CO_OCCURRENCE_TYPE);
  return {
    types: input.types,
    stances: input.stances,
    excludeTypes: [...excluded],
    statuses: input.statuses?.length ? input.statuses : statusesOfSupport(input.support),
    at: input.at,
    includeUndated: input.undated,
    direction: "both",
  };
}

/** How many routes each leg of a waypoint search contributes to the joins. */
function legLimitOf(input: PathsInputTypes): number {
  return input.chronological ? 40 : Math.min(input.k * 4, 40);
}

interface GatherOptions {
  k: number;
  limit: number;
  direction: "out" | "both";
  chronological: boolean;
}

/**
 * Pulls routes shortest first until k are kept and the next is longer than the k-th, or `limit` were
 * examined; folds each step's parallel relations and, with `chronological`, keeps only routes in order.
 */
async function gatherRoutes(
  store: GraphStore,
  routes: AsyncIterable<WalkPath> | Iterable<WalkPath>,
  finder: RouteFinder,
  options: GatherOptions,
): Promise<SupportedRoute[]> {
  const relations = createRelationReader(store);
  const folded: { nodeIds: string[]; steps: AdjacentEdge[][] }[] = [];
  const kept: SupportedRoute[] = [];
  let examined = 0;
  for await (const route of routes) {
    const kth = options.chronological ? kept[options.k - 1] : folded[options.k - 1];
    const kthLength = kth ? kth.steps.length : Infinity;
    if (route.edges.length > kthLength || examined >= options.limit) break;
    examined++;
    const steps = await Promise.all(
      route.edges.map((_, i) => finder.between(route.nodeIds[i]!, route.nodeIds[i + 1]!, options.direction)),
    );
    const entry = {
      nodeIds: route.nodeIds,
      steps: steps.map((step, i) => (step.length > 0 ? step : [route.edges[i]!])),
    };
    if (!options.chronological) {
      folded.push(entry);
      continue;
    }
    await relations.read(entry.steps.flat());
    const read = relations.stepsOf(entry.steps);
    const inOrder = read && chronologicalSteps(read);
    if (inOrder) kept.push(supported(entry.nodeIds, inOrder));
  }
  if (options.chronological) return kept;
  await relations.read(folded.flatMap((entry) => entry.steps.flat()));
  return folded.flatMap((entry) => {
    const steps = relations.stepsOf(entry.steps);
    return steps ? [supported(entry.nodeIds, steps)] : [];
  });
}

function supported(nodeIds: string[], steps: GraphEdge[][]): SupportedRoute {
  const ordered = steps.map(bestSupportedFirst);
  return { nodeIds, steps: ordered, support: pathSupportOf(ordered) };
}

/** Full relations for the light ones a walk found, each read from the store once per request. */
function createRelationReader(store: GraphStore) {
  const full = new Map<string, GraphEdge>();
  return {
    async read(edges: readonly AdjacentEdge[]): Promise<void> {
      const missing = [...new Map(edges.filter((edge) => !full.has(edge.id)).map((edge) => [edge.id, edge])).values()];
      if (missing.length === 0) return;
      for (const edge of (await hydrate(store, [], missing)).edges.values()) full.set(edge.id, edge);
    },
    /**
     * Relations gone from the store since the walk are left out of their step; undefined when a step
     * lost them all, so the route no longer exists.
     */
    stepsOf(steps: readonly AdjacentEdge[][]): GraphEdge[][] | undefined {
      const read = steps.map((step) => step.flatMap((edge) => full.get(edge.id) ?? []));
      return read.some((step) => step.length === 0) ? undefined : read;
    },
  };
}
