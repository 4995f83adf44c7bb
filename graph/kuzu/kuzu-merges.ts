// Merges and their undo on Kuzu: the MergeTransaction primitives bound to one queued write transaction,
// and the audit trail read from the MergeRecord table.
import { entityOfNode, relationOfEdge, type GraphEdge, type GraphNode } from "../model/graph.js";
import { mergeRecordOf, mergeRecordRow, type MergeRecord } from "../resolution/merge-record.js";
import { mergeIn, newMergeStamp, undoIn, type MergeTransaction } from "../resolution/merge-transaction.js";
import type { GraphStore } from "../store.js";
import { ALIAS_SEPARATOR, entityRowOf, graphEdgeOf, graphNodeOf, relationRowOf } from "./kuzu-rows.js";
import type { KuzuSession, RunQuery } from "./kuzu-session.js";
import * as Q from "./queries.js";

type MergeMethods = Pick<GraphStore, "mergeEntities" | "undoMerge" | "listMerges" | "getMerge">;

/** `relationsMoved` runs inside the transaction (and on rollback): the store's relation-ends map is stale then. */
export function kuzuMergeMethods(session: KuzuSession, relationsMoved: () => void): MergeMethods {
  // Kuzu 0.11 can answer `r.id IN $ids` with truncated strings for a relation updated in a transaction
  // that built on changes not yet checkpointed (seen after an import followed by two merges); from a
  // checkpointed start it reads back right. So each merge starts and ends at a checkpoint.
  const inTransaction = async <T>(operation: string, work: (tx: MergeTransaction) => Promise<T>) => {
    await session.ddl("checkpoint", (run) => run(Q.CHECKPOINT));
    const result = await session.write(
      operation,
      async (run) => {
        const done = await work(kuzuMergeTransaction(run));
        relationsMoved();
        return done;
      },
      relationsMoved,
    );
    await session.ddl("checkpoint", (run) => run(Q.CHECKPOINT));
    return result;
  };

  return {
    async mergeEntities(request) {
      const stamp = newMergeStamp(request.by);
      return inTransaction("mergeEntities", (tx) => mergeIn(tx, request, stamp));
    },
    async undoMerge(id, request) {
      const { at, by } = newMergeStamp(request.by);
      return inTransaction("undoMerge", (tx) => undoIn(tx, id, request, { at, by }));
    },
    async listMerges({ limit }) {
      const rows = await session.read("listMerges", Q.LIST_MERGE_RECORDS, { limit });
      return rows.map((row) => mergeRecordOf(row.payload));
    },
    async getMerge(id) {
      const [row] = await session.read("getMerge", Q.GET_MERGE_RECORD, { id });
      return row ? mergeRecordOf(row.payload) : undefined;
    },
  };
}

function kuzuMergeTransaction(run: RunQuery): MergeTransaction {
  const records = async (query: string, params: Record<string, unknown>): Promise<MergeRecord[]> =>
    (await run(query, params)).map((row) => mergeRecordOf(row.payload));
  return {
    // Kuzu runs one write transaction at a time (the session's queue): nothing to lock.
    lockEntities: async () => undefined,
    getEntities: async (ids) => (await run(Q.GET_ENTITIES, { ids: [...ids] })).map(graphNodeOf),
    relationsOf: async (ids) => (await run(Q.RELATIONS_OF_ANY, { ids: [...ids] })).map(graphEdgeOf),
    async deleteRelations(edges: readonly GraphEdge[]) {
      if (edges.length === 0) return;
      const rows = edges.map(({ id, source, target }) => ({ id, source, target }));
      await run(Q.DELETE_RELATIONS_AT, { rows });
    },
    async deleteEntities(ids) {
      if (ids.length > 0) await run(Q.DELETE_ENTITIES, { ids: [...ids] });
    },
    async upsertEntities(entities: readonly GraphNode[]) {
      if (entities.length === 0) return;
      const rows = entities.map((entity) => entityRowOf(entityOfNode(entity)));
      await run(Q.UPSERT_ENTITIES, { rows, separator: ALIAS_SEPARATOR });
    },
    async updateRelations(edges) {
      if (edges.length > 0)
        await run(Q.UPDATE_RELATIONS, { rows: edges.map((edge) => relationRowOf(relationOfEdge(edge))) });
    },
    async createRelations(edges) {
      if (edges.length > 0)
        await run(Q.CREATE_RELATIONS, { rows: edges.map((edge) => relationRowOf(relationOfEdge(edge))) });
    },
    getMergeRecord: async (id) => (await records(Q.GET_MERGE_RECORD, { id }))[0],
    activeMergeRecords: (ids) => records(Q.ACTIVE_MERGE_RECORDS_OF, { ids: [...ids] }),
    async putMergeRecord(record) {
      await run(Q.UPSERT_MERGE_RECORD, mergeRecordRow(record));
    },
  };
}
