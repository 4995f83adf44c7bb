// Whether a merge can be undone now: the graph must still hold exactly what the merge wrote (the kept
// entity and every relation it wrote, compared as data), the merged entity must not be back, and no later
// merge that is still in place may involve either entity (undo those first, latest first).
import { ConflictError } from "../errors.js";
import type { GraphEdge, GraphNode } from "../model/graph.js";
import type { MergeRecord } from "./merge-record.js";

export interface UndoState {
  /** The kept and the merged entity as the store holds them now (absent ones left out). */
  entities: readonly GraphNode[];
  /** Every relation touching either entity now. */
  relations: readonly GraphEdge[];
  /** Merges not undone that involve either entity, the record itself included. */
  activeMerges: readonly MergeRecord[];
}

/** Returns the relations to delete (as they are now); throws ConflictError naming what changed. */
export function checkUndo(record: MergeRecord, state: UndoState): GraphEdge[] {
  const context = { merge: record.id, keep: record.keep.id, merged: record.merge.id };
  if (record.undone) {
    throw new ConflictError(`merge ${record.id} was already undone (on ${record.undone.at})`, context);
  }
  const later = state.activeMerges.filter((other) => other.id !== record.id && isLater(other, record));
  if (later.length > 0) {
    const ids = later.map((other) => other.id);
    throw new ConflictError(
      `merge ${record.id} cannot be undone while a later merge involving ${record.keep.id} or ${record.merge.id} ` +
        `stands; undo ${ids.join(", ")} first (latest first)`,
      { ...context, laterMerges: ids },
    );
  }
  if (state.entities.some((entity) => entity.id === record.merge.id)) {
    throw new ConflictError(
      `${record.merge.id} exists again (imported anew?); undoing merge ${record.id} would overwrite it. ` +
        `Merge it again or delete it first`,
      context,
    );
  }
  const kept = state.entities.find((entity) => entity.id === record.keep.id);
  const keptAfter = record.after.entities[0];
  if (!kept || !keptAfter || canonical(kept) !== canonical(keptAfter)) {
    throw new ConflictError(
      `${record.keep.id} changed after merge ${record.id} (name, aliases or properties); undoing would lose that change`,
      context,
    );
  }
  const now = new Map(state.relations.map((edge) => [edge.id, edge]));
  const changed = record.after.relations.filter((edge) => {
    const current = now.get(edge.id);
    return !current || canonical(current) !== canonical(edge);
  });
  if (changed.length > 0) {
    throw new ConflictError(
      `${changed.length} relation(s) written by merge ${record.id} changed or are gone since ` +
        `(${changed
          .slice(0, 5)
          .map((edge) => edge.id)
          .join(", ")}); undoing would lose that change`,
      { ...context, relations: changed.slice(0, 50).map((edge) => edge.id) },
    );
  }
  return record.after.relations.map((edge) => now.get(edge.id)!);
}

function isLater(other: MergeRecord, record: MergeRecord): boolean {
  return other.at > record.at || (other.at === record.at && other.id > record.id);
}

/** JSON with sorted keys: two values equal as data give the same text. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
