// Which entities and relations on the canvas the filters let through. One answer shared by the
// renderer's reducers, the status bar and the legend counts.
import type { CanvasState } from "../canvas/canvas-state.js";
import type { FilterState } from "./filters.js";
import { isEntityDatedInWindow } from "./entity-time.js";
import { isInTimeWindow, isTimeWindowSet } from "./time.js";

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

export function computeVisibility(
  canvas: CanvasState,
  filters: FilterState,
  keep: ReadonlySet<string> = new Set(),
): Visibility {
  const hidden = new Set(canvas.hidden);
  const candidates = new Set<string>();
  for (const node of Object.values(canvas.nodes)) {
    if (hidden.has(node.id) || filters.hiddenKinds.includes(node.kind)) continue;
    candidates.add(node.id);
  }
  const edges = new Set<string>();
  const touched = new Set<string>();
  for (const edge of Object.values(canvas.edges)) {
    if (!candidates.has(edge.source) || !candidates.has(edge.target)) continue;
    if (filters.hiddenStances.includes(edge.stance)) continue;
    if (filters.hiddenTypes.includes(edge.type)) continue;
    if (filters.hiddenStatuses.includes(edge.status)) continue;
    if (!isInTimeWindow(edge, filters.time)) continue;
    edges.add(edge.id);
    touched.add(edge.source);
    touched.add(edge.target);
  }
  // A time window shows the network as it stood then: an entity stays when one of its relations or its
  // own dates fall in the window (or the analyst keeps the unrelated ones).
  const byTime = isTimeWindowSet(filters.time) && !filters.time.keepUnrelated;
  if (!filters.hideIsolated && !byTime) return { nodes: candidates, edges };
  // Entities the analyst is looking at (selection, path ends) stay even when isolated.
  const nodes = new Set(
    [...candidates].filter((id) => {
      if (touched.has(id) || keep.has(id)) return true;
      if (filters.hideIsolated) return false;
      const node = canvas.nodes[id];
      return node !== undefined && isEntityDatedInWindow(node, filters.time);
    }),
  );
  return { nodes, edges };
}
