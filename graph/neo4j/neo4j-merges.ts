// Merges and their undo on Neo4j: the MergeTransaction primitives bound to one managed write transaction
// (retried as a whole on transient errors; the work only reads and writes through it), and the audit trail
// read from :MergeRecord nodes.
import neo4j, { type ManagedTransaction } from "neo4j-driver";
import { entityOfNode, relationOfEdge, type GraphEdge, type GraphNode } from "../model/graph.js";
import { mergeRecordOf, mergeRecordRow, type MergeRecord } from "../resolution/merge-record.js";
import { mergeIn, newMergeStamp, undoIn, type MergeTransaction } from "../resolution/merge-transaction.js";
import type { GraphStore } from "../store.js";
import {
  entityRowOf,
  graphEdgeOf,
  graphNodeOf,
  groupBy,
  relationRowOf,
  type EdgeRecordShape,
  type EntityRecordShape,
} from "./neo4j-rows.js";
import * as Q from "./queries.js";

type MergeMethods = Pick<GraphStore, "mergeEntities" | "undoMerge" | "listMerges" | "getMerge">;
type RunIn = <T>(operation: string, work: (tx: ManagedTransaction) => Promise<T>) => Promise<T>;

export function neo4jMergeMethods(read: RunIn, write: RunIn): MergeMethods {
  return {
    async mergeEntities(request) {
      const stamp = newMergeStamp(request.by);
      return write("mergeEntities", (tx) => mergeIn(neo4jMergeTransaction(tx), request, stamp));
    },
    async undoMerge(id, request) {
      const { at, by } = newMergeStamp(request.by);
      return write("undoMerge", (tx) => undoIn(neo4jMergeTransaction(tx), id, request, { at, by }));
    },
    listMerges: ({ limit }) =>
      read("listMerges", (tx) => recordsOf(tx, Q.LIST_MERGE_RECORDS, { limit: neo4j.int(limit) })),
    getMerge: (id) => read("getMerge", async (tx) => (await recordsOf(tx, Q.GET_MERGE_RECORD, { id }))[0]),
  };
}

async function recordsOf(tx: ManagedTransaction, query: string, params: Record<string, unknown>) {
  const result = await tx.run(query, params);
  return result.records.map((record) => mergeRecordOf(record.get("payload")));
}

function neo4jMergeTransaction(tx: ManagedTransaction): MergeTransaction {
  const rowsOf = async <T>(query: string, params: Record<string, unknown>, map: (row: never) => T) =>
    (await tx.run(query, params)).records.map((record) => map(record.toObject() as never));
  /** MERGE on the id between the same ends: the same statement creates and updates. */
  const upsertRelations = async (edges: readonly GraphEdge[]) => {
    const byType = groupBy(
      edges.map((edge) => relationRowOf(relationOfEdge(edge))),
      (row) => row.type,
    );
    for (const [type, rows] of byType) await tx.run(Q.upsertRelationsOfType(type), { rows });
  };
  return {
    async lockEntities(ids) {
      await tx.run(Q.LOCK_ENTITIES, { ids: [...ids] });
    },
    getEntities: (ids) => rowsOf(Q.GET_ENTITIES, { ids: [...ids] }, (row: EntityRecordShape) => graphNodeOf(row)),
    relationsOf: (ids) => rowsOf(Q.RELATIONS_OF_ANY, { ids: [...ids] }, (row: EdgeRecordShape) => graphEdgeOf(row)),
    async deleteRelations(edges) {
      if (edges.length === 0) return;
      await tx.run(Q.DELETE_RELATIONS_AT, { rows: edges.map(({ id, source, target }) => ({ id, source, target })) });
    },
    async deleteEntities(ids) {
      if (ids.length > 0) await tx.run(Q.DELETE_ENTITIES, { ids: [...ids] });
    },
    async upsertEntities(entities: readonly GraphNode[]) {
      const byKind = groupBy(
        entities.map((entity) => entityRowOf(entityOfNode(entity))),
        (row) => row.props.kind,
      );
      for (const [kind, rows] of byKind) await tx.run(Q.upsertEntitiesOfKind(kind), { rows });
    },
    updateRelations: upsertRelations,
    createRelations: upsertRelations,
    getMergeRecord: async (id) => (await recordsOf(tx, Q.GET_MERGE_RECORD, { id }))[0],
    activeMergeRecords: (ids): Promise<MergeRecord[]> => recordsOf(tx, Q.ACTIVE_MERGE_RECORDS_OF, { ids: [...ids] }),
    async putMergeRecord(record) {
      await tx.run(Q.UPSERT_MERGE_RECORD, mergeRecordRow(record));
    },
  };
}
