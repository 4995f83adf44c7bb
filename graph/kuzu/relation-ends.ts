// Turns relation upserts into bound-end writes. Kuzu cannot index a relationship property, so which ids
// exist and between which ends comes from the store's in-memory topology (see topology.ts).
import type { RelationStatus, RelationType } from "../model/vocabulary.js";
import { createFactsInterner } from "../queries/edge-facts.js";
import type { RelationRow } from "./kuzu-rows.js";
import type { Topology } from "./topology.js";

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
  known: { get(id: string): RelationEnds | undefined },
): RelationWritePlan {
  const plan: RelationWritePlan = { create: [], update: [], removeOld: [] };
  for (const row of rows) {
    const before = known.get(row.id);
    if (!before) {
      plan.create.push(row);
    } else if (before.source === row.source && before.target === row.target) {
      plan.update.push(row);
    } else {
      plan.removeOld.push({ id: row.id, source: before.source, target: before.target });
      plan.create.push(row);
    }
  }
  return plan;
}

/** After the rows were written (their type checked against the vocabulary on the way in). */
export function applyRelationWrites(known: Topology, rows: readonly RelationRow[]): void {
  const factsOf = createFactsInterner();
  for (const { id, source, target, type, status, dateStart, dateEnd, directed } of rows) {
    const facts = factsOf(status as RelationStatus, dateStart || undefined, dateEnd || undefined);
    const undirected = directed === "false" ? { directed: false as const } : {};
    known.upsert({ id, source, target, type: type as RelationType, ...undirected }, facts);
  }
}
