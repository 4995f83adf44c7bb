// Which relation ids exist and between which ends. Kuzu cannot index a relationship property, so the store
// keeps this map (loaded once, updated with each committed write) to turn upserts into bound-end writes.
import type { RelationRow } from "./kuzu-rows.js";

export interface RelationEnds {
  source: string;
  target: string;
}

export interface RelationWritePlan {
  /** New ids, and ids whose ends moved (their old edge is in removeOld). */
  create: RelationRow[];
  /** Ids that exist between the same ends. */
  update: RelationRow[];
  removeOld: ({ id: string } & RelationEnds)[];
}

export function planRelationWrites(
  rows: readonly RelationRow[],
  known: ReadonlyMap<string, RelationEnds>,
): RelationWritePlan {
  const plan: RelationWritePlan = { create: [], update: [], removeOld: [] };
  for (const row of rows) {
    const before = known.get(row.id);
    if (!before) {
      plan.create.push(row);
    } else if (before.source === row.source && before.target === row.target) {
      plan.update.push(row);
    } else {
      plan.removeOld.push({ id: row.id, ...before });
      plan.create.push(row);
    }
  }
  return plan;
}

export function applyRelationWrites(known: Map<string, RelationEnds>, rows: readonly RelationRow[]): void {
  for (const row of rows) known.set(row.id, { source: row.source, target: row.target });
}
