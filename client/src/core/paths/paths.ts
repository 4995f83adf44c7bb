// The path finder: the question (from, via, to, limits) and the answers, one of them shown on canvas.
import type { EntityKind, RelationType, Stance } from "../../../../graph/model/index.js";
import type { FoundPath } from "../../api/types.js";

export interface EntityRef {
  id: string;
  name: string;
  kind: EntityKind;
}

export interface PathsState {
  from: EntityRef | null;
  via: EntityRef | null;
  to: EntityRef | null;
  maxHops: number;
  types: RelationType[];
  stances: Stance[];
  k: number;
  results: FoundPath[] | null;
  active: number;
}

export type PathField = "from" | "via" | "to";

export function getEmptyPathsState(): PathsState {
  return { from: null, via: null, to: null, maxHops: 4, types: [], stances: [], k: 3, results: null, active: 0 };
}

export function setEndpoint(state: PathsState, field: PathField, ref: EntityRef | null): PathsState {
  return { ...state, [field]: ref, results: null, active: 0 };
}

export function swapEnds(state: PathsState): PathsState {
  return { ...state, from: state.to, to: state.from, results: null, active: 0 };
}

export function setResults(state: PathsState, results: FoundPath[]): PathsState {
  return { ...state, results, active: 0 };
}

export function setActivePath(state: PathsState, index: number): PathsState {
  if (!state.results || index < 0 || index >= state.results.length) return state;
  return { ...state, active: index };
}

export function clearResults(state: PathsState): PathsState {
  return state.results === null ? state : { ...state, results: null, active: 0 };
}

export function canSearchPaths(state: PathsState): boolean {
  return state.from !== null && state.to !== null && state.from.id !== state.to.id;
}

/** The nodes and edges of the path on show, for the canvas to highlight. */
export function highlightedPath(state: PathsState): { nodes: Set<string>; edges: Set<string> } | null {
  const path = state.results?.[state.active];
  if (!path) return null;
  return { nodes: new Set(path.nodeIds), edges: new Set(path.edgeIds) };
}
