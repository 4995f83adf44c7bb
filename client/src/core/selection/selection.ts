// What the analyst has picked: entities, relations (shift-click adds), and the source opened in the
// evidence panel. The panel shows the latest pick.

export interface SelectionState {
  nodes: string[];
  edges: string[];
  /** A source whose supported relations the panel lists; cleared by any other pick. */
  source: string | null;
}

export function getEmptySelectionState(): SelectionState {
  return { nodes: [], edges: [], source: null };
}

function pick(list: readonly string[], id: string, additive: boolean): string[] {
  if (!additive) return [id];
  return list.includes(id) ? list.filter((v) => v !== id) : [...list, id];
}

export function selectNode(state: SelectionState, id: string, additive = false): SelectionState {
  return { nodes: pick(state.nodes, id, additive), edges: additive ? state.edges : [], source: null };
}

export function selectEdge(state: SelectionState, id: string, additive = false): SelectionState {
  return { nodes: additive ? state.nodes : [], edges: pick(state.edges, id, additive), source: null };
}

export function selectNodes(ids: readonly string[], edgeIds: readonly string[] = []): SelectionState {
  return { nodes: [...ids], edges: [...edgeIds], source: null };
}

export function openSource(state: SelectionState, sourceId: string): SelectionState {
  return { ...state, source: sourceId };
}

export function closeSource(state: SelectionState): SelectionState {
  return { ...state, source: null };
}

/** Drops picks that are no longer on the canvas. */
export function pruneSelection(state: SelectionState, nodeIds: ReadonlySet<string>, edgeIds: ReadonlySet<string>) {
  const nodes = state.nodes.filter((id) => nodeIds.has(id));
  const edges = state.edges.filter((id) => edgeIds.has(id));
  if (nodes.length === state.nodes.length && edges.length === state.edges.length) return state;
  return { ...state, nodes, edges };
}

export function isSelectionEmpty(state: SelectionState): boolean {
  return state.nodes.length === 0 && state.edges.length === 0 && state.source === null;
}

export type PanelSubject =
  | { kind: "none" }
  | { kind: "node"; id: string }
  | { kind: "edge"; id: string }
  | { kind: "source"; id: string }
  | { kind: "many"; nodes: string[]; edges: string[] };

export function panelSubjectOf(state: SelectionState): PanelSubject {
  if (state.source) return { kind: "source", id: state.source };
  const count = state.nodes.length + state.edges.length;
  if (count === 0) return { kind: "none" };
  if (count > 1) return { kind: "many", nodes: state.nodes, edges: state.edges };
  if (state.nodes[0]) return { kind: "node", id: state.nodes[0] };
  return { kind: "edge", id: state.edges[0] ?? "" };
}
