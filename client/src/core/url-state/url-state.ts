// The view as a link: entities on the canvas, hidden and pinned ones, filters, selection, camera, where
// entities are drawn and the path question, written to and read from the URL's query string so a shared
// link reproduces what the sender saw.
import {
  ENTITY_KINDS,
  RELATION_STATUSES,
  RELATION_TYPES,
  STANCES,
  type EntityKind,
  type RelationStatus,
  type RelationType,
  type Stance,
} from "../../../../graph/model/vocabulary-constants.js";
import { getEmptyFilterState, type FilterState } from "../filters/filters.js";
import { readPathLink, writePathLink, type LinkedPath } from "./path-link.js";
import { decodePositions, encodePositions, type Positions } from "./positions.js";
import { allowed, listParam as list } from "./query-lists.js";

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface UrlState {
  nodes: string[];
  hidden: string[];
  pinned: string[];
  filters: FilterState;
  selectedNodes: string[];
  selectedEdges: string[];
  camera: CameraView | null;
  /** Where each entity is drawn, so the link reproduces the layout; null when the link carries none. */
  positions: Positions | null;
  /** The path question on show and which answer was chosen; null when no path was asked. */
  path: LinkedPath | null;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

function round(value: number): number {
  return Math.round(value * 10000) / 10000;
}

export function encodeUrlState(state: UrlState): string {
  const params = new URLSearchParams();
  const put = (key: string, values: readonly string[]) => {
    if (values.length > 0) params.set(key, values.join(","));
  };
  put("n", state.nodes);
  put("hide", state.hidden);
  put("pin", state.pinned);
  put("fk", state.filters.hiddenKinds);
  put("fs", state.filters.hiddenStances);
  put("ft", state.filters.hiddenTypes);
  put("fst", state.filters.hiddenStatuses);
  if (state.filters.time.from) params.set("from", state.filters.time.from);
  if (state.filters.time.to) params.set("to", state.filters.time.to);
  if (!state.filters.time.includeUndated) params.set("undated", "0");
  if (state.filters.time.keepUnrelated) params.set("unrelated", "1");
  if (state.filters.hideIsolated) params.set("iso", "1");
  put("sel", state.selectedNodes);
  put("sele", state.selectedEdges);
  if (state.camera) params.set("cam", [state.camera.x, state.camera.y, state.camera.ratio].map(round).join(","));
  const positions = state.positions ? encodePositions(state.nodes, state.positions) : null;
  if (positions) params.set("pos", positions);
  writePathLink(params, state.path);
  return params.toString();
}

/** Reads a query string; anything unknown or malformed is left out rather than trusted. */
export function decodeUrlState(search: string): UrlState | null {
  const params = new URLSearchParams(search.startsWith("?") ? search.slice(1) : search);
  const nodes = list(params, "n");
  if (nodes.length === 0) return null;
  const empty = getEmptyFilterState();
  const from = params.get("from");
  const to = params.get("to");
  const filters: FilterState = {
    hiddenKinds: allowed<EntityKind>(list(params, "fk"), ENTITY_KINDS),
    hiddenStances: allowed<Stance>(list(params, "fs"), STANCES),
    hiddenTypes: allowed<RelationType>(list(params, "ft"), RELATION_TYPES),
    hiddenStatuses: allowed<RelationStatus>(list(params, "fst"), RELATION_STATUSES),
    time: {
      from: from && MONTH.test(from) ? from : null,
      to: to && MONTH.test(to) ? to : null,
      includeUndated: params.get("undated") !== "0",
      ...(params.get("unrelated") === "1" ? { keepUnrelated: true } : {}),
    },
    hideIsolated: params.get("iso") === "1" ? true : empty.hideIsolated,
  };
  const cam = list(params, "cam").map(Number);
  const camera =
    cam.length === 3 && cam.every(Number.isFinite) && (cam[2] ?? 0) > 0
      ? { x: cam[0] ?? 0.5, y: cam[1] ?? 0.5, ratio: cam[2] ?? 1 }
      : null;
  const onCanvas = new Set(nodes);
  return {
    nodes,
    hidden: list(params, "hide").filter((id) => onCanvas.has(id)),
    pinned: list(params, "pin").filter((id) => onCanvas.has(id)),
    filters,
    selectedNodes: list(params, "sel").filter((id) => onCanvas.has(id)),
    selectedEdges: list(params, "sele"),
    camera,
    positions: decodePositions(params.get("pos"), nodes),
    path: readPathLink(params),
  };
}
