// The shortest walk between two nodes by breadth-first search over lazily fetched adjacency. Among
// equally short walks it returns the least by node ids, then edge ids, so every store gives the same.
import type { AdjacentEdge } from "../model/graph.js";
import type { AdjacencyLookup } from "./adjacency-cache.js";
import { meetInTheMiddle, type Meeting } from "./meet-in-the-middle.js";
import { stepsFrom, stepTarget, type Step, type WalkDirection } from "./walk.js";

export interface WalkPath {
  nodeIds: string[];
  edges: AdjacentEdge[];
}

export interface ShortestPathOptions {
  maxHops: number;
  direction: WalkDirection;
  blockedNodes?: ReadonlySet<string>;
  blockedEdges?: ReadonlySet<string>;
}

export async function findShortestPath(
  from: string,
  to: string,
  options: ShortestPathOptions,
  lookup: AdjacencyLookup,
): Promise<WalkPath | undefined> {
  const { direction } = options;
  const meeting = await meetInTheMiddle(from, to, options, lookup);
  if (!meeting) return undefined;
  const onShortest = await shortestWalkLevels(from, meeting, options, lookup);

  // The least walk: at each level the least next node (then edge) that still lies on a shortest walk.
  const path: WalkPath = { nodeIds: [from], edges: [] };
  let current = from;
  for (let level = 0; level < meeting.hops; level++) {
    let best: Step | undefined;
    for (const step of stepsFrom(current, (await lookup([current])).get(current) ?? [], direction)) {
      if (!onShortest[level + 1]!.has(step.to) || options.blockedEdges?.has(step.edge.id)) continue;
      if (!best || step.to < best.to || (step.to === best.to && step.edge.id < best.edge.id)) best = step;
    }
    path.nodeIds.push(best!.to);
    path.edges.push(best!.edge);
    current = best!.to;
  }
  return path;
}

/**
 * The nodes at each level of some shortest walk: those `l` hops from `from` and `hops - l` from `to`.
 * At one level both distances are known from the two searches; the levels before it are found walking
 * back from there, the levels after it walking on, so only nodes on shortest walks are looked up again.
 */
async function shortestWalkLevels(
  from: string,
  meeting: Meeting,
  options: ShortestPathOptions,
  lookup: AdjacencyLookup,
): Promise<Set<string>[]> {
  const { hops, fromDistance, toDistance } = meeting;
  const middle = Math.min(meeting.fromRadius, hops);
  const levels: Set<string>[] = [];
  levels[middle] = bothAt(fromDistance, middle, toDistance, hops - middle);
  const allowed = (edge: AdjacentEdge, to: string) =>
    !options.blockedEdges?.has(edge.id) && !options.blockedNodes?.has(to) && to !== from;

  for (let level = middle - 1; level >= 0; level--) {
    const later = [...levels[level + 1]!];
    const adjacency = await lookup(later);
    const found = new Set<string>();
    for (const node of later) {
      for (const edge of adjacency.get(node) ?? []) {
        // A step back from `node` to an earlier node is a step forward from it to `node`.
        const earlier = stepTarget(node, edge, REVERSED[options.direction]);
        if (earlier !== undefined && fromDistance.get(earlier) === level && allowed(edge, node)) found.add(earlier);
      }
    }
    levels[level] = found;
  }
  for (let level = middle + 1; level <= hops; level++) {
    const earlier = [...levels[level - 1]!];
    const adjacency = await lookup(earlier);
    const found = new Set<string>();
    for (const node of earlier) {
      for (const edge of adjacency.get(node) ?? []) {
        const later = stepTarget(node, edge, options.direction);
        if (later !== undefined && toDistance.get(later) === hops - level && allowed(edge, later)) found.add(later);
      }
    }
    levels[level] = found;
  }
  return levels;
}

/** Nodes at distance `a` in one map and `b` in the other, reading the smaller map. */
function bothAt(one: ReadonlyMap<string, number>, a: number, other: ReadonlyMap<string, number>, b: number) {
  const [small, smallAt, large, largeAt] = one.size <= other.size ? [one, a, other, b] : [other, b, one, a];
  const found = new Set<string>();
  for (const [node, distance] of small) if (distance === smallAt && large.get(node) === largeAt) found.add(node);
  return found;
}

const REVERSED: Record<WalkDirection, WalkDirection> = { out: "in", in: "out", both: "both" };
