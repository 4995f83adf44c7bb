// Bidirectional breadth-first search: the length of the shortest walk between two nodes, found by
// growing the smaller of two frontiers (one from each end) until they meet, and every node's distance
// to the far end within the radius searched from there. It explores about the square root of what a
// one-sided search does on graphs with hubs, and lets the ordered search prune off-path nodes.
import type { AdjacencyLookup } from "./adjacency-cache.js";
import { stepsFrom, type Step, type WalkDirection } from "./walk.js";

export interface MeetingOptions {
  maxHops: number;
  direction: WalkDirection;
  blockedNodes?: ReadonlySet<string>;
  blockedEdges?: ReadonlySet<string>;
}

export interface Meeting {
  /** Hops of the shortest walk. */
  hops: number;
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
  ok: (step: Step) => boolean;
}

export async function meetInTheMiddle(
  from: string,
  to: string,
  options: MeetingOptions,
  lookup: AdjacencyLookup,
): Promise<Meeting | undefined> {
  const allowed = (start: string) => (step: Step) =>
    !options.blockedEdges?.has(step.edge.id) && !options.blockedNodes?.has(step.to) && step.to !== start;
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
    const grow = forward.frontier.length <= backward.frontier.length ? forward : backward;
    const other = grow === forward ? backward : forward;
    const adjacency = await lookup(grow.frontier);
    const next: string[] = [];
    const level = grow.radius + 1;
    for (const node of grow.frontier) {
      for (const step of stepsFrom(node, adjacency.get(node) ?? [], grow.direction)) {
        if (grow.distance.has(step.to) || !grow.ok(step)) continue;
        grow.distance.set(step.to, level);
        next.push(step.to);
        const across = other.distance.get(step.to);
        if (across !== undefined) best = Math.min(best, level + across);
      }
    }
    grow.frontier = next;
    grow.radius = level;
  }
  if (best > options.maxHops) return undefined;
  return { hops: best, toDistance: backward.distance, toRadius: backward.radius };
}
