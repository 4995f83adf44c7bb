// The distinct routes between two entities, shortest first: Yen's algorithm over entity sequences, so two
// routes always differ in the entities they pass. Relations in parallel between the same two entities
// are one step of one route (find-paths.ts folds them), never two routes.
import type { RouteSearch } from "./path-search.js";
import type { WalkPath } from "./shortest-path.js";
import { compareIdLists, type WalkDirection } from "./walk.js";

export interface RouteOptions {
  maxHops: number;
  direction: WalkDirection;
  /** Entities no route may pass through. */
  blockedNodes?: ReadonlySet<string>;
}

/** Shorter first; equal lengths by node ids, then edge ids. */
export function comparePaths(a: WalkPath, b: WalkPath): number {
  return (
    a.edges.length - b.edges.length ||
    compareIdLists(a.nodeIds, b.nodeIds) ||
    compareIdLists(
      a.edges.map((edge) => edge.id),
      b.edges.map((edge) => edge.id),
    )
  );
}

/**
 * Yields routes shorter first, equal lengths by entity ids; each comes with one relation per step (the
 * least id among the parallel ones). Lazily: a caller stops pulling once it has enough.
 */
export async function* distinctRoutes(
  from: string,
  to: string,
  options: RouteOptions,
  search: RouteSearch,
): AsyncGenerator<WalkPath> {
  const { maxHops, direction } = options;
  const external = options.blockedNodes ?? new Set<string>();
  const first = await search.shortest(from, to, { maxHops, direction, blockedNodes: external });
  if (!first) return;
  yield first;
  const accepted: WalkPath[] = [first];
  const candidates: WalkPath[] = [];
  const known = new Set([first.nodeIds.join("\u0000")]);
  const parallel = new Map<string, Promise<string[]>>();
  const edgeIdsBetween = (a: string, b: string) => {
    const key = `${a}\u0000${b}`;
    let ids = parallel.get(key);
    if (!ids) {
      ids = search.between(a, b, direction).then((edges) => edges.map((edge) => edge.id));
      parallel.set(key, ids);
    }
    return ids;
  };

  for (;;) {
    const previous = accepted.at(-1)!;
    for (let i = 0; i < previous.edges.length; i++) {
      const rootNodes = previous.nodeIds.slice(0, i + 1);
      // Every relation between the spur entity and the next entity of a route already taken from this
      // root, so the spur cannot come back as the same route over a parallel relation.
      const blockedEdges = new Set<string>();
      for (const path of accepted) {
        if (path.edges.length <= i || compareIdLists(path.nodeIds.slice(0, i + 1), rootNodes) !== 0) continue;
        for (const id of await edgeIdsBetween(path.nodeIds[i]!, path.nodeIds[i + 1]!)) blockedEdges.add(id);
      }
      const blockedNodes = new Set([...external, ...rootNodes.slice(0, -1)]);
      const spur = await search.shortest(rootNodes.at(-1)!, to, {
        maxHops: maxHops - i,
        direction,
        blockedNodes,
        blockedEdges,
      });
      if (!spur) continue;
      const candidate: WalkPath = {
        nodeIds: [...rootNodes, ...spur.nodeIds.slice(1)],
        edges: [...previous.edges.slice(0, i), ...spur.edges],
      };
      const key = candidate.nodeIds.join("\u0000");
      if (known.has(key)) continue;
      known.add(key);
      candidates.push(candidate);
    }
    if (candidates.length === 0) return;
    candidates.sort(comparePaths);
    const next = candidates.shift()!;
    accepted.push(next);
    yield next;
  }
}

/**
 * Distinct routes from → via → to, shorter first: each leg's first `legLimit` routes (the first leg
 * avoiding `to`, the second avoiding `from`), joined where the join stays simple and within maxHops.
 */
export async function distinctRoutesVia(
  from: string,
  via: string,
  to: string,
  options: Omit<RouteOptions, "blockedNodes">,
  routesOf: (from: string, to: string, options: RouteOptions) => AsyncIterable<WalkPath>,
  legLimit: number,
): Promise<WalkPath[]> {
  const legOptions = { maxHops: options.maxHops - 1, direction: options.direction };
  const firstLegs = await take(routesOf(from, via, { ...legOptions, blockedNodes: new Set([to]) }), legLimit);
  if (firstLegs.length === 0) return [];
  const secondLegs = await take(routesOf(via, to, { ...legOptions, blockedNodes: new Set([from]) }), legLimit);
  const joined: WalkPath[] = [];
  for (const first of firstLegs) {
    const used = new Set(first.nodeIds);
    for (const second of secondLegs) {
      if (first.edges.length + second.edges.length > options.maxHops) continue;
      if (second.nodeIds.slice(1).some((node) => used.has(node))) continue;
      joined.push({
        nodeIds: [...first.nodeIds, ...second.nodeIds.slice(1)],
        edges: [...first.edges, ...second.edges],
      });
    }
  }
  return joined.sort(comparePaths);
}

async function take<T>(items: AsyncIterable<T>, limit: number): Promise<T[]> {
  const taken: T[] = [];
  if (limit <= 0) return taken;
  for await (const item of items) {
    taken.push(item);
    if (taken.length >= limit) break;
  }
  return taken;
}
