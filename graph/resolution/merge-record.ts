// The audit trail of merges: who merged which entity into which, when and why, what moved, and full
// snapshots of everything the merge touched before and after, so an undo can restore it exactly.
import { z } from "zod";
import { EntityId } from "../model/entity.js";
import { GraphEdge, GraphNode } from "../model/graph.js";
import { EntityKind } from "../model/vocabulary.js";

const Who = z.string().trim().min(1).max(200);
const Why = z.string().trim().min(1).max(2000);

/** What a person asks for: merge `merge` into `keep`. */
export const MergeRequest = z
  .object({
    keep: EntityId,
    merge: EntityId,
    reason: Why.describe("Why these two are the same: shown in the audit trail"),
    by: Who.optional().describe("Who merges; required with API_TOKEN set, else the account the server or CLI runs as"),
  })
  .strict();
export type MergeRequest = z.infer<typeof MergeRequest>;

export const UndoRequest = z
  .object({
    reason: Why.optional().describe("Why the merge is undone"),
    by: Who.optional().describe("Who undoes it; required with API_TOKEN set, as for a merge"),
  })
  .strict();
export type UndoRequest = z.infer<typeof UndoRequest>;

export const MergeSnapshot = z.object({ entities: z.array(GraphNode), relations: z.array(GraphEdge) });
export type MergeSnapshot = z.infer<typeof MergeSnapshot>;

export const MergeMoves = z.object({
  /** Relations of the merged entity, re-pointed to the kept one: old id → new id. */
  repointed: z.array(z.object({ from: z.string(), to: z.string() })),
  /** Re-pointed relations that met a relation the kept entity already had; their evidence was combined. */
  combined: z.array(z.object({ from: z.string(), into: z.string() })),
  /** Relations between the two entities: they would point at their own start, so they were removed. */
  dropped: z.array(z.string()),
  aliasesAdded: z.array(z.string()),
  propertiesFilled: z.array(z.string()),
});
export type MergeMoves = z.infer<typeof MergeMoves>;

const Stamp = z.object({ at: z.string(), by: Who, reason: Why.nullable() });

export const MergeRecord = z.object({
  id: z.string(),
  at: z.string().describe("ISO 8601 time of the merge"),
  by: Who,
  reason: Why,
  kind: EntityKind,
  keep: z.object({ id: EntityId, name: z.string() }),
  merge: z.object({ id: EntityId, name: z.string() }),
  moved: MergeMoves,
  before: MergeSnapshot,
  after: MergeSnapshot,
  undone: Stamp.nullable(),
});
export type MergeRecord = z.infer<typeof MergeRecord>;

/** A record as listed: everything but the snapshots. */
export type MergeSummary = Omit<MergeRecord, "before" | "after">;

export function summaryOf(record: MergeRecord): MergeSummary {
  const { before: _before, after: _after, ...summary } = record;
  return summary;
}

/** Reads a record back from a store, where it lives as JSON text. */
export function mergeRecordOf(payload: unknown): MergeRecord {
  return MergeRecord.parse(typeof payload === "string" ? JSON.parse(payload) : payload);
}

/** The columns a store keeps a record in: what it looks records up by, and the whole as JSON. */
export function mergeRecordRow(record: MergeRecord) {
  return {
    id: record.id,
    at: record.at,
    keepId: record.keep.id,
    mergeId: record.merge.id,
    undone: record.undone !== null,
    payload: JSON.stringify(record),
  };
}
