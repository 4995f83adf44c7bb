// The shortest walk between two entities over the walk index (graph/walk-index/): a bidirectional
// breadth-first search that grows the cheaper side until both meet, then, among equally short walks,
// the least by entity ids, then relation ids, so every store gives the same. It runs synchronously on
// typed arrays: a step costs an array read, not a hash of a string (measured 3-6x faster at the median
// than the same search over string maps, 10-20x at p99 on 250k entities).
import type { AdjacentEdge } from "../model/graph.js";
import { WAYS, type WalkIndex } from "../walk-index/walk-index.js";
import type { WalkDirection } from "./walk.js";

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

const REVERSED: Record<WalkDirection, WalkDirection> = { out: "in", in: "out", both: "both" };
const UNSEEN = -1;

/**
 * What a search may step over: relation types (by code), relations the filter's statuses and date allow
 * (by number), and the caller's blocked entities and relations.
 */
interface Passable {
  types: Uint8Array | undefined;
  edges: Uint8Array | undefined;
  blockedNodes: Uint8Array | undefined;
  blockedEdges: ReadonlySet<number>;
}

interface Side {
  distance: Int32Array;
  frontier: number[];
  /** Relations incident to the frontier: what growing this side costs. */
  cost: number;
  radius: number;
  ways: number;
}

export function findShortestPath(
  index: WalkIndex,
  from: string,
  to: string,
  options: ShortestPathOptions,
  types?: Uint8Array,
  edges?: Uint8Array,
): WalkPath | undefined {
  const start = index.numberOfNode(from);
  const end = index.numberOfNode(to);
  if (start === undefined || end === undefined) return undefined;
  const passable = passableFor(index, options, types, edges);
  const forward = sideFrom(index, start, WAYS[options.direction]);
  const backward = sideFrom(index, end, WAYS[REVERSED[options.direction]]);
  const hops = meet(index, forward, backward, options.maxHops, passable);
  if (hops > options.maxHops) return undefined;
  const levelOf = shortestWalkLevels(index, start, hops, forward, backward, options.direction, passable);
  return leastWalk(index, start, hops, levelOf, WAYS[options.direction], passable);
}

function passableFor(
  index: WalkIndex,
  options: ShortestPathOptions,
  types: Uint8Array | undefined,
  edges: Uint8Array | undefined,
): Passable {
  let blockedNodes: Uint8Array | undefined;
  for (const id of options.blockedNodes ?? []) {
    const node = index.numberOfNode(id);
    if (node === undefined) continue;
    blockedNodes ??= new Uint8Array(index.nodeCount);
    blockedNodes[node] = 1;
  }
  const blockedEdges = new Set<number>();
  for (const id of options.blockedEdges ?? []) {
    const edge = index.numberOfEdge(id);
    if (edge !== undefined) blockedEdges.add(edge);
  }
  return { types, edges, blockedNodes, blockedEdges };
}

function sideFrom(index: WalkIndex, node: number, ways: number): Side {
  const distance = new Int32Array(index.nodeCount).fill(UNSEEN);
  distance[node] = 0;
  return { distance, frontier: [node], cost: degreeOf(index, node), radius: 0, ways };
}

const degreeOf = (index: WalkIndex, node: number) => index.first[node + 1]! - index.first[node]!;

/** Whether the slot's relation may be walked here; the entity it leads to is checked by the caller. */
function passes(index: WalkIndex, slot: number, ways: number, passable: Passable): boolean {
  if ((index.slotWay[slot]! & ways) === 0) return false;
  const edge = index.slotEdge[slot]!;
  if (passable.types && passable.types[index.edgeType[edge]!] === 0) return false;
  if (passable.edges && passable.edges[edge] === 0) return false;
  return passable.blockedEdges.size === 0 || !passable.blockedEdges.has(edge);
}

/** The length of the shortest walk (Infinity when none within maxHops), growing the cheaper side. */
function meet(index: WalkIndex, forward: Side, backward: Side, maxHops: number, passable: Passable): number {
  let best = Infinity;
  while (forward.radius + backward.radius < Math.min(best, maxHops)) {
    if (forward.frontier.length === 0 || backward.frontier.length === 0) break;
    const lastLevel = forward.radius + backward.radius + 1 >= Math.min(best, maxHops);
    const growForward = lastLevel ? forward.frontier.length <= backward.frontier.length : forward.cost <= backward.cost;
    const grow = growForward ? forward : backward;
    const other = growForward ? backward : forward;
    const level = grow.radius + 1;
    const next: number[] = [];
    let cost = 0;
    for (const node of grow.frontier) {
      for (let slot = index.first[node]!, last = index.first[node + 1]!; slot < last; slot++) {
        const to = index.slotOther[slot]!;
        if (grow.distance[to] !== UNSEEN || passable.blockedNodes?.[to] === 1) continue;
        if (!passes(index, slot, grow.ways, passable)) continue;
        grow.distance[to] = level;
        next.push(to);
        cost += degreeOf(index, to);
        const across = other.distance[to]!;
        if (across !== UNSEEN) best = Math.min(best, level + across);
      }
    }
    grow.frontier = next;
    grow.cost = cost;
    grow.radius = level;
  }
  return best;
}

/**
 * Each entity's level on some shortest walk (UNSEEN when on none): entities `l` hops from the start and
 * `hops - l` from the end. One level is read off both searches and the others are found walking back
 * and on from there, so only entities on shortest walks are visited again.
 */
function shortestWalkLevels(
  index: WalkIndex,
  start: number,
  hops: number,
  forward: Side,
  backward: Side,
  direction: WalkDirection,
  passable: Passable,
): Int32Array {
  const levelOf = new Int32Array(index.nodeCount).fill(UNSEEN);
  // The search stops before the radii add up to more than `hops`, so the forward frontier is the
  // middle level: every entity at distance forward.radius from the start.
  const middle = forward.radius;
  const middleLevel = forward.frontier.filter((node) => backward.distance[node] === hops - middle);
  for (const node of middleLevel) levelOf[node] = middle;
  const reaches = (node: number) => node !== start && passable.blockedNodes?.[node] !== 1;

  let later = middleLevel;
  const backWays = WAYS[REVERSED[direction]];
  for (let level = middle - 1; level >= 0; level--) {
    const found: number[] = [];
    for (const node of later) {
      if (!reaches(node)) continue;
      for (let slot = index.first[node]!, last = index.first[node + 1]!; slot < last; slot++) {
        const earlier = index.slotOther[slot]!;
        if (levelOf[earlier] !== UNSEEN || forward.distance[earlier] !== level) continue;
        if (!passes(index, slot, backWays, passable)) continue;
        levelOf[earlier] = level;
        found.push(earlier);
      }
    }
    later = found;
  }
  let earlier = middleLevel;
  const ways = WAYS[direction];
  for (let level = middle + 1; level <= hops; level++) {
    const found: number[] = [];
    for (const node of earlier) {
      for (let slot = index.first[node]!, last = index.first[node + 1]!; slot < last; slot++) {
        const next = index.slotOther[slot]!;
        if (levelOf[next] !== UNSEEN || backward.distance[next] !== hops - level || !reaches(next)) continue;
        if (!passes(index, slot, ways, passable)) continue;
        levelOf[next] = level;
        found.push(next);
      }
    }
    earlier = found;
  }
  return levelOf;
}

/** From the start, at each level the least next entity (then relation) that lies on a shortest walk. */
function leastWalk(
  index: WalkIndex,
  start: number,
  hops: number,
  levelOf: Int32Array,
  ways: number,
  passable: Passable,
): WalkPath {
  const path: WalkPath = { nodeIds: [index.nodeIds[start]!], edges: [] };
  let current = start;
  for (let level = 1; level <= hops; level++) {
    let bestNode = UNSEEN;
    let bestEdge = UNSEEN;
    for (let slot = index.first[current]!, last = index.first[current + 1]!; slot < last; slot++) {
      const to = index.slotOther[slot]!;
      if (levelOf[to] !== level || !passes(index, slot, ways, passable)) continue;
      const edge = index.slotEdge[slot]!;
      if (bestNode === UNSEEN || isLess(index, to, edge, bestNode, bestEdge)) {
        bestNode = to;
        bestEdge = edge;
      }
    }
    path.nodeIds.push(index.nodeIds[bestNode]!);
    path.edges.push(index.edges[bestEdge]!);
    current = bestNode;
  }
  return path;
}

function isLess(index: WalkIndex, node: number, edge: number, bestNode: number, bestEdge: number): boolean {
  const id = index.nodeIds[node]!;
  const bestId = index.nodeIds[bestNode]!;
  if (id !== bestId) return id < bestId;
  return index.edges[edge]!.id < index.edges[bestEdge]!.id;
}
