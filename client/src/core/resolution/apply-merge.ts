// What a merge or its undo changes on the canvas, worked out from the audit record's snapshots alone:
// the entities and relations the merge touched are swapped for their state after (or before) it.
import type { GraphEdge, GraphNode } from "../../../../graph/model/index.js";
import type { MergeSnapshot } from "../../../../graph/resolution/merge-record.js";
import type { CanvasState } from "../canvas/canvas-state.js";

export interface MergeSnapshots {
  keep: { id: string };
  merge: { id: string };
  before: MergeSnapshot;
  after: MergeSnapshot;
}

export type MergeChange = "merged" | "undone";

/**
 * Nothing changes unless one of the two entities is on the canvas. After a merge the kept entity stands
 * where either was; after an undo both come back. Relations join only when both their ends are there.
 */
export function applyMergeToCanvas(state: CanvasState, record: MergeSnapshots, change: MergeChange): CanvasState {
  const shown = [record.keep.id, record.merge.id].filter((id) => state.nodes[id]);
  if (shown.length === 0) return state;
  const [from, to] = change === "merged" ? [record.before, record.after] : [record.after, record.before];
  const gone = new Set([...from.entities.map((e) => e.id), ...from.relations.map((e) => e.id)]);

  const nodes: Record<string, GraphNode> = Object.fromEntries(
    Object.entries(state.nodes).filter(([id]) => !gone.has(id)),
  );
  for (const entity of to.entities) nodes[entity.id] = entity;
  const edges: Record<string, GraphEdge> = Object.fromEntries(
    Object.entries(state.edges).filter(([id, e]) => !gone.has(id) && nodes[e.source] && nodes[e.target]),
  );
  for (const edge of to.relations) if (nodes[edge.source] && nodes[edge.target]) edges[edge.id] = edge;

  const keepIds = (ids: readonly string[]) => ids.filter((id) => nodes[id]);
  const more = Object.fromEntries(Object.entries(state.more).filter(([id]) => nodes[id]));
  return { nodes, edges, more, hidden: keepIds(state.hidden), pinned: keepIds(state.pinned) };
}
