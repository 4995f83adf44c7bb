// Writes the view, the path question on show included, into the address bar as it changes (replaceState,
// so Back leaves the page rather than stepping through every pan), and reads it once on load.
import { useEffect, useRef } from "react";
import type { CanvasState } from "../core/canvas/canvas-state.js";
import type { FilterState } from "../core/filters/filters.js";
import type { PathsState } from "../core/paths/paths.js";
import type { SelectionState } from "../core/selection/selection.js";
import type { Positions } from "../core/url-state/positions.js";
import { decodeUrlState, encodeUrlState, type CameraView, type UrlState } from "../core/url-state/url-state.js";

export function readUrlState(): UrlState | null {
  return decodeUrlState(window.location.search);
}

export interface LinkedView {
  canvas: CanvasState;
  filters: FilterState;
  selection: SelectionState;
  camera: CameraView | null;
  positions: Positions | null;
  paths: PathsState;
}

/** The page's path with the view's query string, as a link would carry it. */
export function viewPath({ canvas, filters, selection, camera, positions, paths }: LinkedView): string {
  const query = encodeUrlState({
    nodes: Object.keys(canvas.nodes),
    hidden: canvas.hidden,
    pinned: canvas.pinned,
    filters,
    selectedNodes: selection.nodes,
    selectedEdges: selection.edges,
    camera,
    positions,
    path: paths.asked ? { query: paths.asked, active: paths.active } : null,
  });
  return `${window.location.pathname}${query ? `?${query}` : ""}`;
}

export function useUrlSync(enabled: boolean, view: LinkedView) {
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const { canvas, filters, selection, camera, positions, paths } = view;
  useEffect(() => {
    if (!enabled) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const url = viewPath({ canvas, filters, selection, camera, positions, paths });
      if (url !== `${window.location.pathname}${window.location.search}`) window.history.replaceState(null, "", url);
    }, 250);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [enabled, canvas, filters, selection, camera, positions, paths]);
}
