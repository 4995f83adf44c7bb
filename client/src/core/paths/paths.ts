// The path finder: the question (from, via, to, limits, how well established each step must be) and the
// answers, one of them shown on canvas, with the query they answer so a link can ask it again.
import type { SupportLevel } from "../../../../graph/model/support.js";
import type { EntityKind, RelationType, Stance } from "../../../../graph/model/vocabulary-constants.js";
import type { PathQuery, FoundPath } from "../../api/types.js";

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
  /** The weakest status every step may have. */
  support: SupportLevel;
  /** Only relations valid at this partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD); "" for any time. */
  at: string;
  /** Each step no earlier than the one before. */
  chronological: boolean;
  results: FoundPath[] | null;
  /** The query the results answer, as it went to the server. */
  asked: PathQuery | null;
  active: number;
}

export type PathField = "from" | "via" | "to";

export function getEmptyPathsState(): PathsState {
  return {
    from: null,
    via: null,
    to: null,
    maxHops: 4,
    types: [],
    stances: [],
    k: 3,
    support: "all",
    at: "",
    chronological: false,
    results: null,
    asked: null,
    active: 0,
  };
}

export function setEndpoint(state: PathsState, field: PathField, ref: EntityRef | null): PathsState {
  return { ...state, [field]: ref, results: null, asked: null, active: 0 };
}

export function swapEnds(state: PathsState): PathsState {
  return { ...state, from: state.to, to: state.from, results: null, asked: null, active: 0 };
}

/** Changes a limit of the question; the answers on show no longer answer it. */
export function setLimits(state: PathsState, limits: Partial<Omit<PathsState, "results" | "asked">>): PathsState {
  return { ...state, ...limits, results: null, asked: null, active: 0 };
}

/** The finder's limits as a query asked them, for a link's question to show in the form. */
export function limitsOfQuery(query: PathQuery): Partial<PathsState> {
  const empty = getEmptyPathsState();
  return {
    maxHops: query.maxHops ?? empty.maxHops,
    k: query.k ?? empty.k,
    types: [...(query.types ?? [])],
    stances: [...(query.stances ?? [])],
    support: query.support ?? empty.support,
    at: query.at ?? "",
    chronological: query.chronological ?? false,
  };
}

export function setResults(state: PathsState, results: FoundPath[], asked: PathQuery, active = 0): PathsState {
  return { ...state, results, asked, active: active >= 0 && active < results.length ? active : 0 };
}

export function setActivePath(state: PathsState, index: number): PathsState {
  if (!state.results || index < 0 || index >= state.results.length) return state;
  return { ...state, active: index };
}

export function clearResults(state: PathsState): PathsState {
  return state.results === null ? state : { ...state, results: null, asked: null, active: 0 };
}

export function canSearchPaths(state: PathsState): boolean {
  return state.from !== null && state.to !== null && state.from.id !== state.to.id;
}

/** The nodes and edges of the path on show, for the canvas to highlight: one relation per step, its best supported. */
export function highlightedPath(state: PathsState): { nodes: Set<string>; edges: Set<string> } | null {
  const path = state.results?.[state.active];
  if (!path) return null;
  return { nodes: new Set(path.nodeIds), edges: new Set(path.edgeIds) };
}
