// A merge and its undo, each inside one store transaction: the adapter hands over the primitives below
// (bound to its open transaction), this file reads, plans, checks and writes through them. Both stores
// therefore merge alike, and a failure anywhere rolls the whole merge back.
import { randomUUID } from "node:crypto";
import { NotFoundError } from "../errors.js";
import type { GraphEdge, GraphNode } from "../model/graph.js";
import { checkUndo } from "./check-undo.js";
import type { MergeRecord, MergeRequest, UndoRequest } from "./merge-record.js";
import { planMerge } from "./plan-merge.js";

/** What an adapter offers inside one write transaction. Work may run twice (Neo4j retries): no side effects. */
export interface MergeTransaction {
  /** Takes the write locks on these entities first, so two merges of one entity run one after the other. */
  lockEntities(ids: readonly string[]): Promise<void>;
  getEntities(ids: readonly string[]): Promise<GraphNode[]>;
  /** Every relation touching any of the ids, each once. */
  relationsOf(ids: readonly string[]): Promise<GraphEdge[]>;
  /** Deletes relations found at their given ends. */
  deleteRelations(edges: readonly GraphEdge[]): Promise<void>;
  /** Deletes entities that no relation touches any more. */
  deleteEntities(ids: readonly string[]): Promise<void>;
  upsertEntities(entities: readonly GraphNode[]): Promise<void>;
  /** Rewrites relations that exist between the same ends under the same id and type. */
  updateRelations(edges: readonly GraphEdge[]): Promise<void>;
  /** Creates relations whose ids do not exist. */
  createRelations(edges: readonly GraphEdge[]): Promise<void>;
  getMergeRecord(id: string): Promise<MergeRecord | undefined>;
  /** Records not undone whose kept or merged entity is one of the ids. */
  activeMergeRecords(entityIds: readonly string[]): Promise<MergeRecord[]>;
  putMergeRecord(record: MergeRecord): Promise<void>;
}

export interface MergeStamp {
  id: string;
  at: string;
  by: string;
}

/** Id and time are fixed before the transaction, so a retried transaction writes the same record. */
export function newMergeStamp(by: string | undefined, now = new Date()): MergeStamp {
  const at = now.toISOString();
  return {
    id: `merge-${at.replace(/[-:.Z]/g, "").replace("T", "-")}-${randomUUID().slice(0, 8)}`,
    at,
    by: by ?? "unknown",
  };
}

export async function mergeIn(tx: MergeTransaction, request: MergeRequest, stamp: MergeStamp): Promise<MergeRecord> {
  await tx.lockEntities([request.keep, request.merge]);
  const entities = await tx.getEntities([request.keep, request.merge]);
  const keep = entities.find((entity) => entity.id === request.keep);
  const merge = entities.find((entity) => entity.id === request.merge);
  if (!keep || !merge) {
    const missing = [request.keep, request.merge].filter((id) => !entities.some((entity) => entity.id === id));
    throw new NotFoundError(`no entity ${missing.join(" or ")} to merge`, { missing });
  }
  const plan = planMerge(keep, merge, await tx.relationsOf([keep.id, merge.id]));
  const writes = splitWrites(plan.deleteRelations, plan.writeRelations);
  await tx.deleteRelations(writes.delete);
  await tx.deleteEntities([plan.deleteEntityId]);
  await tx.upsertEntities([plan.keptEntity]);
  await tx.updateRelations(writes.update);
  await tx.createRelations(writes.create);
  const record: MergeRecord = {
    id: stamp.id,
    at: stamp.at,
    by: stamp.by,
    reason: request.reason,
    kind: keep.kind,
    keep: { id: keep.id, name: keep.name },
    merge: { id: merge.id, name: merge.name },
    moved: plan.moved,
    before: plan.before,
    after: plan.after,
    undone: null,
  };
  await tx.putMergeRecord(record);
  return record;
}

export async function undoIn(
  tx: MergeTransaction,
  id: string,
  request: UndoRequest,
  stamp: Omit<MergeStamp, "id">,
): Promise<MergeRecord> {
  const found = await tx.getMergeRecord(id);
  if (!found) throw new NotFoundError(`no merge ${id} in the audit trail`, { merge: id });
  const ids = [found.keep.id, found.merge.id];
  await tx.lockEntities(ids);
  // Read again under the locks: a concurrent undo of the same merge has finished by now.
  const record = (await tx.getMergeRecord(id)) ?? found;
  const current = checkUndo(record, {
    entities: await tx.getEntities(ids),
    relations: await tx.relationsOf(ids),
    activeMerges: await tx.activeMergeRecords(ids),
  });
  const writes = splitWrites(current, record.before.relations);
  await tx.deleteRelations(writes.delete);
  await tx.upsertEntities(record.before.entities);
  await tx.updateRelations(writes.update);
  await tx.createRelations(writes.create);
  const undone: MergeRecord = { ...record, undone: { at: stamp.at, by: stamp.by, reason: request.reason ?? null } };
  await tx.putMergeRecord(undone);
  return undone;
}

/**
 * A relation deleted and written again between the same ends is updated in place instead: fewer writes,
 * and Kuzu 0.11 garbles the strings of a relationship deleted and created anew in one transaction.
 */
export function splitWrites(
  deleted: readonly GraphEdge[],
  written: readonly GraphEdge[],
): { delete: GraphEdge[]; update: GraphEdge[]; create: GraphEdge[] } {
  const before = new Map(deleted.map((edge) => [edge.id, edge]));
  const inPlace = (edge: GraphEdge) => {
    const old = before.get(edge.id);
    return old !== undefined && old.source === edge.source && old.target === edge.target && old.type === edge.type;
  };
  const update = written.filter(inPlace);
  const updated = new Set(update.map((edge) => edge.id));
  return {
    delete: deleted.filter((edge) => !updated.has(edge.id)),
    update,
    create: written.filter((edge) => !updated.has(edge.id)),
  };
}
