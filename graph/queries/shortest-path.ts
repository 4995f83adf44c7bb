// The shortest walk between two nodes by breadth-first search over lazily fetched adjacency. Among
// equally short walks it returns the least by node ids, then edge ids, so every store gives the same.
import type { AdjacentEdge } from "../model/graph.js";
import type { AdjacencyLookup } from "./adjacency-cache.js";
import { meetInTheMiddle } from "./meet-in-the-middle.js";
import { stepsFrom, type Step, type WalkDirection } from "./walk.js";

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
  // The length first, from both ends; then the ordered walk below keeps only nodes that can still reach
  // `to` in the hops left, so it explores no more than the two-sided search did.
  const meeting = await meetInTheMiddle(from, to, options, lookup);
  if (!meeting) return undefined;
  const maxHops = meeting.hops;
  const mayLeadOn = (node: string, level: number) => {
    const left = maxHops - level;
    const known = meeting.toDistance.get(node);
    return known !== undefined ? known === left : left > meeting.toRadius;
  };
  const allowed = (step: Step) =>
    !options.blockedEdges?.has(step.edge.id) && !options.blockedNodes?.has(step.to) && step.to !== from;

  const levels: string[][] = [[from]];
  const stepsByLevel: Map<string, Step[]>[] = [];
  const levelOf = new Map<string, number>([[from, 0]]);
  while (!levelOf.has(to) && levels.length <= maxHops) {
    const frontier = levels.at(-1)!;
    if (frontier.length === 0) return undefined;
    const adjacency = await lookup(frontier);
    const stepsOf = new Map<string, Step[]>();
    const next: string[] = [];
    for (const node of frontier) {
      const steps = stepsFrom(node, adjacency.get(node) ?? [], direction).filter(allowed);
      stepsOf.set(node, steps);
      for (const step of steps) {
        if (levelOf.has(step.to) || !mayLeadOn(step.to, levels.length)) continue;
        levelOf.set(step.to, levels.length);
        next.push(step.to);
      }
    }
    stepsByLevel.push(stepsOf);
    levels.push(next);
  }
  const hops = levelOf.get(to);
  if (hops === undefined) return undefined;

  // Keep only nodes from which `to` is still reachable in the remaining hops, level by level backwards.
  const onShortest: Set<string>[] = [];
  onShortest[hops] = new Set([to]);
  for (let level = hops - 1; level >= 0; level--) {
    const stepsOf = stepsByLevel[level]!;
    onShortest[level] = new Set(
      levels[level]!.filter((node) => stepsOf.get(node)!.some((step) => onShortest[level + 1]!.has(step.to))),
    );
  }

  const path: WalkPath = { nodeIds: [from], edges: [] };
  let current = from;
  for (let level = 0; level < hops; level++) {
    let best: Step | undefined;
    for (const step of stepsByLevel[level]!.get(current)!) {
      if (!onShortest[level + 1]!.has(step.to)) continue;
      if (!best || step.to < best.to || (step.to === best.to && step.edge.id < best.edge.id)) best = step;
    }
    path.nodeIds.push(best!.to);
    path.edges.push(best!.edge);
    current = best!.to;
  }
  return path;
}
