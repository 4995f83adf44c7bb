// The k shortest simple paths between two nodes (Yen's algorithm), and paths through a waypoint.
// A path is a sequence of edges, so parallel edges between the same two nodes give distinct paths.
import type { PathSearch } from "./path-search.js";
import type { WalkPath } from "./shortest-path.js";
import { compareIdLists, type WalkDirection } from "./walk.js";

export interface KShortestOptions {
  k: number;
  maxHops: number;
  direction: WalkDirection;
  /** Nodes no path may pass through. */
  blockedNodes?: ReadonlySet<string>;
}

const edgeIdsOf = (path: WalkPath) => path.edges.map((edge) => edge.id);
const keyOf = (path: WalkPath) => `${path.nodeIds[0]}\u0000${edgeIdsOf(path).join("\u0000")}`;

/** Shorter first; equal lengths by node ids, then edge ids. */
export function comparePaths(a: WalkPath, b: WalkPath): number {
  return (
    a.edges.length - b.edges.length ||
    compareIdLists(a.nodeIds, b.nodeIds) ||
    compareIdLists(edgeIdsOf(a), edgeIdsOf(b))
  );
}

export async function findKShortestPaths(
  from: string,
  to: string,
  options: KShortestOptions,
  search: PathSearch,
): Promise<WalkPath[]> {
  const { k, maxHops, direction } = options;
  const external = options.blockedNodes ?? new Set<string>();
  const first = await search(from, to, { maxHops, direction, blockedNodes: external });
  if (!first) return [];
  const accepted: WalkPath[] = [first];
  const candidates: WalkPath[] = [];
  const known = new Set([keyOf(first)]);

  while (accepted.length < k) {
    const previous = accepted.at(-1)!;
    for (let i = 0; i < previous.edges.length; i++) {
      const rootNodes = previous.nodeIds.slice(0, i + 1);
      const rootEdges = edgeIdsOf(previous).slice(0, i);
      const blockedEdges = new Set<string>();
      for (const path of accepted) {
        const sameRoot =
          path.edges.length > i &&
          compareIdLists(path.nodeIds.slice(0, i + 1), rootNodes) === 0 &&
          compareIdLists(edgeIdsOf(path).slice(0, i), rootEdges) === 0;
        if (sameRoot) blockedEdges.add(path.edges[i]!.id);
      }
      const blockedNodes = new Set([...external, ...rootNodes.slice(0, -1)]);
      const spur = await search(rootNodes.at(-1)!, to, { maxHops: maxHops - i, direction, blockedNodes, blockedEdges });
      if (!spur) continue;
      const candidate: WalkPath = {
        nodeIds: [...rootNodes, ...spur.nodeIds.slice(1)],
        edges: [...previous.edges.slice(0, i), ...spur.edges],
      };
      const key = keyOf(candidate);
      if (known.has(key)) continue;
      known.add(key);
      candidates.push(candidate);
    }
    if (candidates.length === 0) break;
    candidates.sort(comparePaths);
    accepted.push(candidates.shift()!);
  }
  return accepted;
}

/**
 * The k shortest simple paths from → via → to. Each leg is searched for its best min(4k, 40) paths
 * (the first leg avoiding `to`, the second avoiding `from`), and only combinations that stay simple
 * and within maxHops are kept, ordered like single paths.
 */
export async function findKShortestPathsVia(
  from: string,
  via: string,
  to: string,
  options: Omit<KShortestOptions, "blockedNodes">,
  search: PathSearch,
): Promise<WalkPath[]> {
  if (options.k === 1) {
    const best = await bestLegsIfSimple(from, via, to, options, search);
    if (best !== undefined) return best;
  }
  const legOptions = { k: Math.min(options.k * 4, 40), maxHops: options.maxHops - 1, direction: options.direction };
  const firstLegs = await findKShortestPaths(from, via, { ...legOptions, blockedNodes: new Set([to]) }, search);
  if (firstLegs.length === 0) return [];
  const secondLegs = await findKShortestPaths(via, to, { ...legOptions, blockedNodes: new Set([from]) }, search);
  const combined: WalkPath[] = [];
  for (const first of firstLegs) {
    const used = new Set(first.nodeIds);
    for (const second of secondLegs) {
      if (first.edges.length + second.edges.length > options.maxHops) continue;
      if (second.nodeIds.slice(1).some((node) => used.has(node))) continue;
      combined.push({
        nodeIds: [...first.nodeIds, ...second.nodeIds.slice(1)],
        edges: [...first.edges, ...second.edges],
      });
    }
  }
  return combined.sort(comparePaths).slice(0, options.k);
}

/**
 * The single best path through a waypoint is the best first leg joined to the best second leg whenever
 * that join is simple and short enough: no other pair is shorter, and equal pairs sort by their first
 * leg, then their second. Undefined when the join fails and the leg lists must be searched.
 */
async function bestLegsIfSimple(
  from: string,
  via: string,
  to: string,
  options: Omit<KShortestOptions, "blockedNodes">,
  search: PathSearch,
): Promise<WalkPath[] | undefined> {
  const leg = { maxHops: options.maxHops - 1, direction: options.direction };
  const first = await search(from, via, { ...leg, blockedNodes: new Set([to]) });
  if (!first) return [];
  const second = await search(via, to, { ...leg, blockedNodes: new Set([from]) });
  if (!second) return [];
  const used = new Set(first.nodeIds);
  if (first.edges.length + second.edges.length > options.maxHops) return undefined;
  if (second.nodeIds.slice(1).some((node) => used.has(node))) return undefined;
  return [{ nodeIds: [...first.nodeIds, ...second.nodeIds.slice(1)], edges: [...first.edges, ...second.edges] }];
}
