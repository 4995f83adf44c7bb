// Bidirectional breadth-first search: the length of the shortest walk between two nodes, found by
// growing the cheaper of two frontiers (one from each end) until they meet, and every node's distance
// to the far end within the radius searched from there. It explores about the square root of what a
// one-sided search does on graphs with hubs, and lets the ordered search prune off-path nodes.
import type { AdjacencyLookup } from "./adjacency-cache.js";
import type { AdjacentEdge } from "../model/graph.js";
import { stepTarget, type WalkDirection } from "./walk.js";

export interface MeetingOptions {
  maxHops: number;
  direction: WalkDirection;
  blockedNodes?: ReadonlySet<string>;
  blockedEdges?: ReadonlySet<string>;
}

export interface Meeting {
  /** Hops of the shortest walk. */
  hops: number;
  /** Distance from `from` of each node within `fromRadius` hops of it (all reachable ones when complete). */
  fromDistance: ReadonlyMap<string, number>;
  fromRadius: number;
  /** Distance to `to` of each node within `toRadius` hops of it (walking edges the right way round). */
  toDistance: ReadonlyMap<string, number>;
  toRadius: number;
}

const REVERSED: Record<WalkDirection, WalkDirection> = { out: "in", in: "out", both: "both" };

interface Side {
  distance: Map<string, number>;
  frontier: string[];
  radius: number;
  direction: WalkDirection;
  ok: (edge: AdjacentEdge, to: string) => boolean;
}

export async function meetInTheMiddle(
  from: string,
  to: string,
  options: MeetingOptions,
  lookup: AdjacencyLookup,
): Promise<Meeting | undefined> {
  const allowed = (start: string) => (edge: AdjacentEdge, to: string) =>
    !options.blockedEdges?.has(edge.id) && !options.blockedNodes?.has(to) && to !== start;
  const side = (start: string, direction: WalkDirection): Side => ({
    distance: new Map([[start, 0]]),
    frontier: [start],
    radius: 0,
    direction,
    ok: allowed(start),
  });
  const forward = side(from, options.direction);
  const backward = side(to, REVERSED[options.direction]);
  let best = Infinity;

  // Stop once no shorter meeting is possible, or the walk would be longer than allowed.
  while (forward.radius + backward.radius < Math.min(best, options.maxHops)) {
    if (forward.frontier.length === 0 || backward.frontier.length === 0) break;
    const growForward = await forwardIsCheaper(forward, backward, Math.min(best, options.maxHops), lookup);
    const grow = growForward ? forward : backward;
    const other = growForward ? backward : forward;
    const adjacency = await lookup(grow.frontier);
    const next: string[] = [];
    const level = grow.radius + 1;
    for (const node of grow.frontier) {
      for (const edge of adjacency.get(node) ?? []) {
        const to = stepTarget(node, edge, grow.direction);
        if (to === undefined || grow.distance.has(to) || !grow.ok(edge, to)) continue;
        grow.distance.set(to, level);
        next.push(to);
        const across = other.distance.get(to);
        if (across !== undefined) best = Math.min(best, level + across);
      }
    }
    grow.frontier = next;
    grow.radius = level;
  }
  if (best > options.maxHops) return undefined;
  return {
    hops: best,
    fromDistance: forward.distance,
    fromRadius: forward.radius,
    toDistance: backward.distance,
    toRadius: backward.radius,
  };
}

/**
 * Grow the side with fewer relations to follow, not fewer nodes: one hub outweighs many small nodes. On
 * the last level only one side grows, so the other's frontier is not fetched just to be compared.
 */
async function forwardIsCheaper(forward: Side, backward: Side, limit: number, lookup: AdjacencyLookup) {
  if (forward.radius + backward.radius + 1 >= limit) return forward.frontier.length <= backward.frontier.length;
  const [forwardAdjacency, backwardAdjacency] = await Promise.all([
    lookup(forward.frontier),
    lookup(backward.frontier),
  ]);
  return edgeCount(forwardAdjacency) <= edgeCount(backwardAdjacency);
}

function edgeCount(adjacency: ReadonlyMap<string, readonly unknown[]>): number {
  let count = 0;
  for (const edges of adjacency.values()) count += edges.length;
  return count;
}
