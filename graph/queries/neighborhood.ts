// Breadth-first neighbourhood of a node, level by level, in edge id order, up to a node cap. Beyond the
// start, an entity with more relations than the hub degree is kept but not walked through: the store
// counts its relations instead of reading them out, so a level costs what it returns, not its hubs' lists.
import type { AdjacentEdge } from "../model/graph.js";
import type { CappedAdjacency, HubRelationCounts } from "../store.js";
import { stepTarget, type WalkDirection } from "./walk.js";

export interface NeighborhoodOptions {
  depth: number;
  /** The most nodes to return, the start node included. */
  limit: number;
  direction: WalkDirection;
}

export interface Neighborhood<E extends AdjacentEdge = AdjacentEdge> {
  /** In the order they were reached: the start node first. */
  nodeIds: string[];
  /** Every edge (of the filtered types) between returned nodes, sorted by id. */
  edges: E[];
  /** True when the node cap left out nodes within depth. */
  truncated: boolean;
  /** Distinct nodes found within depth; when truncated, the count found before the walk stopped growing. */
  total: number;
  /** The returned hubs the walk would have gone on from but did not, their relations counted; by id. */
  hubs: HubRelationCounts[];
}

/** What the walk asks of the store (see GraphStore.adjacency, cappedAdjacency and relationsAmong). */
export interface NeighborhoodReads<E extends AdjacentEdge> {
  /** Every relation of the start, however many it has. */
  around(id: string): Promise<AdjacentEdge[]>;
  /** Beyond the start: the relations of entities up to the hub degree, the others' counted. */
  capped(ids: readonly string[]): Promise<CappedAdjacency>;
  /** The relations with both ends among the entities found, in one query. */
  among(ids: readonly string[]): Promise<E[]>;
}

export async function expandNeighborhood<E extends AdjacentEdge>(
  start: string,
  options: NeighborhoodOptions,
  reads: NeighborhoodReads<E>,
): Promise<Neighborhood<E>> {
  const included = new Set([start]);
  const seen = new Set([start]);
  const hubs: HubRelationCounts[] = [];
  let truncated = false;
  let frontier = [start];

  for (let level = 1; level <= options.depth && frontier.length > 0; level++) {
    const read = level === 1 ? { edges: await reads.around(start), hubs: [] } : await reads.capped(frontier);
    hubs.push(...read.hubs);
    const adjacency = incidentListsOf(frontier, read.edges);
    const lists = frontier.map((node) => ({ node, edges: adjacency.get(node) ?? [], at: 0 }));
    const next: string[] = [];
    // In (edge id, node) order while there is room: that order decides who gets in under the cap.
    for (const { to } of included.size < options.limit ? stepsInOrder(lists, options.direction) : []) {
      if (seen.has(to)) continue;
      seen.add(to);
      included.add(to);
      next.push(to);
      if (included.size >= options.limit) break;
    }
    // Once full, the rest of the level only counts what was left out; order no longer matters.
    for (const list of lists) {
      for (let i = list.at; i < list.edges.length; i++) {
        const to = stepTarget(list.node, list.edges[i]!, options.direction);
        if (to === undefined || seen.has(to)) continue;
        seen.add(to);
        truncated = true;
      }
    }
    frontier = next;
  }
  const nodeIds = [...included];
  return { nodeIds, edges: await reads.among(nodeIds), truncated, total: seen.size, hubs: hubs.sort(byId) };
}

/** Each id's edges among these (every id gets a list, maybe empty), each edge once, sorted by edge id. */
function incidentListsOf(ids: readonly string[], edges: readonly AdjacentEdge[]): Map<string, AdjacentEdge[]> {
  const lists = new Map(ids.map((id) => [id, [] as AdjacentEdge[]]));
  const seen = new Set<string>();
  for (const edge of edges) {
    if (seen.has(edge.id)) continue;
    seen.add(edge.id);
    lists.get(edge.source)?.push(edge);
    if (edge.target !== edge.source) lists.get(edge.target)?.push(edge);
  }
  for (const list of lists.values()) list.sort(byId);
  return lists;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

interface StepList {
  node: string;
  /** Sorted by id, as the lookup answers. */
  edges: readonly AdjacentEdge[];
  /** The first edge not yet taken. */
  at: number;
}

/**
 * The steps out of every list merged by edge id (then the node reached), advancing each list's `at` as
 * it goes, so a caller that stops early knows what it has not looked at. A heap of list heads, rather
 * than sorting every step, because a hub's list holds tens of thousands and only the first few count.
 */
function* stepsInOrder(lists: StepList[], direction: WalkDirection): Generator<{ edge: AdjacentEdge; to: string }> {
  const heads: { list: StepList; to: string }[] = [];
  const less = (a: { list: StepList; to: string }, b: { list: StepList; to: string }) => {
    const x = a.list.edges[a.list.at]!.id;
    const y = b.list.edges[b.list.at]!.id;
    return x < y || (x === y && a.to < b.to);
  };
  const push = (list: StepList) => {
    for (; list.at < list.edges.length; list.at++) {
      const to = stepTarget(list.node, list.edges[list.at]!, direction);
      if (to !== undefined) return heapPush(heads, { list, to }, less);
    }
  };
  for (const list of lists) push(list);
  while (heads.length > 0) {
    const head = heapPop(heads, less)!;
    const edge = head.list.edges[head.list.at]!;
    head.list.at++;
    push(head.list);
    yield { edge, to: head.to };
  }
}

function heapPush<T>(heap: T[], item: T, less: (a: T, b: T) => boolean): void {
  heap.push(item);
  for (let i = heap.length - 1; i > 0;) {
    const parent = (i - 1) >> 1;
    if (!less(heap[i]!, heap[parent]!)) break;
    [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
    i = parent;
  }
}

function heapPop<T>(heap: T[], less: (a: T, b: T) => boolean): T | undefined {
  const top = heap[0];
  const last = heap.pop();
  if (heap.length === 0 || last === undefined) return top;
  heap[0] = last;
  for (let i = 0; ;) {
    const [left, right] = [2 * i + 1, 2 * i + 2];
    let least = i;
    if (left < heap.length && less(heap[left]!, heap[least]!)) least = left;
    if (right < heap.length && less(heap[right]!, heap[least]!)) least = right;
    if (least === i) break;
    [heap[i], heap[least]] = [heap[least]!, heap[i]!];
    i = least;
  }
  return top;
}
