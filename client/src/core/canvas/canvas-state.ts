// What is on the canvas: the entities and relations the analyst has brought in, which of them are
// hidden or pinned, and how many neighbours an expand left out. Positions live in the sigma graph.
import type { Graph, GraphEdge, GraphNode } from "../../../../graph/model/index.js";

export interface CanvasState {
  nodes: Record<string, GraphNode>;
  edges: Record<string, GraphEdge>;
  /** Node ids the analyst hid; they stay loaded so undo and "show all" bring them back. */
  hidden: string[];
  /** Node ids the layout must not move. */
  pinned: string[];
  /** Neighbours an expand did not bring in, by node id ("N more"). */
  more: Record<string, number>;
}

export function getEmptyCanvasState(): CanvasState {
  return { nodes: {}, edges: {}, hidden: [], pinned: [], more: {} };
}

/** Adds the nodes and edges of a graph; an edge joins only when both its ends are on the canvas. */
export function mergeGraph(state: CanvasState, graph: Graph): CanvasState {
  const nodes = { ...state.nodes };
  for (const node of graph.nodes) nodes[node.id] = node;
  const edges = { ...state.edges };
  for (const edge of graph.edges) if (nodes[edge.source] && nodes[edge.target]) edges[edge.id] = edge;
  const added = new Set(graph.nodes.map((n) => n.id));
  return { ...state, nodes, edges, hidden: state.hidden.filter((id) => !added.has(id)) };
}

export function removeNodes(state: CanvasState, ids: readonly string[]): CanvasState {
  const drop = new Set(ids);
  const nodes = Object.fromEntries(Object.entries(state.nodes).filter(([id]) => !drop.has(id)));
  const edges = Object.fromEntries(
    Object.entries(state.edges).filter(([, e]) => !drop.has(e.source) && !drop.has(e.target)),
  );
  const more = Object.fromEntries(Object.entries(state.more).filter(([id]) => !drop.has(id)));
  return {
    nodes,
    edges,
    more,
    hidden: state.hidden.filter((id) => !drop.has(id)),
    pinned: state.pinned.filter((id) => !drop.has(id)),
  };
}

export function hideNodes(state: CanvasState, ids: readonly string[]): CanvasState {
  const hidden = new Set([...state.hidden, ...ids.filter((id) => state.nodes[id])]);
  return { ...state, hidden: [...hidden] };
}

export function showAllNodes(state: CanvasState): CanvasState {
  return state.hidden.length === 0 ? state : { ...state, hidden: [] };
}

export function setPinned(state: CanvasState, ids: readonly string[], pinned: boolean): CanvasState {
  const set = new Set(state.pinned);
  for (const id of ids) {
    if (pinned && state.nodes[id]) set.add(id);
    else set.delete(id);
  }
  return { ...state, pinned: [...set] };
}

export function setMore(state: CanvasState, id: string, count: number): CanvasState {
  const more = { ...state.more };
  if (count > 0) more[id] = count;
  else delete more[id];
  return { ...state, more };
}

/** Distinct entities tied to `id` on the canvas, whichever way the relation points. */
export function neighbourIdsOf(state: CanvasState, id: string): string[] {
  const ids = new Set<string>();
  for (const edge of Object.values(state.edges)) {
    if (edge.source === id) ids.add(edge.target);
    else if (edge.target === id) ids.add(edge.source);
  }
  return [...ids];
}

export function nodeIdsOf(state: CanvasState): string[] {
  return Object.keys(state.nodes);
}

export function isEmptyCanvas(state: CanvasState): boolean {
  return Object.keys(state.nodes).length === 0;
}
