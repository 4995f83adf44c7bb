// The same store, passing every call through, that tells a listener when a write which can change
// relation ends starts and when it has ended (committed or not): what keeps an in-memory index honest.
import type { GraphStore } from "../store.js";

export interface RelationWriteListener {
  /** A write that may change relations is about to run. */
  writeStarted(): void;
  /** That write has ended, whether it succeeded or failed. */
  writeEnded(): void;
}

export function storeReportingWrites(inner: GraphStore, listener: RelationWriteListener): GraphStore {
  const reported =
    <A extends unknown[], R>(write: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      listener.writeStarted();
      try {
        return await write(...args);
      } finally {
        listener.writeEnded();
      }
    };
  // Listed one by one rather than spread, so a method the port gains is a type error here until someone
  // decides whether it writes relations.
  return {
    kind: inner.kind,
    describe: () => inner.describe(),
    ensureSchema: () => inner.ensureSchema(),
    upsertEntities: (entities) => inner.upsertEntities(entities),
    upsertRelations: reported((relations) => inner.upsertRelations(relations)),
    clear: reported(() => inner.clear()),
    bulkLoadIntoEmpty: reported((records) => inner.bulkLoadIntoEmpty(records)),
    ping: () => inner.ping(),
    counts: () => inner.counts(),
    schemaCounts: () => inner.schemaCounts(),
    searchCandidates: (terms, options) => inner.searchCandidates(terms, options),
    getEntities: (ids) => inner.getEntities(ids),
    getEntityContexts: (ids) => inner.getEntityContexts(ids),
    listEntityIds: (options) => inner.listEntityIds(options),
    getRelations: (ids) => inner.getRelations(ids),
    getRelationsAt: (edges) => inner.getRelationsAt(edges),
    adjacency: (ids, filter) => inner.adjacency(ids, filter),
    listRelationEnds: () => inner.listRelationEnds(),
    ...(inner.findRouteCandidates ? { findRouteCandidates: inner.findRouteCandidates.bind(inner) } : {}),
    cappedAdjacency: (ids, filter, hubDegree) => inner.cappedAdjacency(ids, filter, hubDegree),
    adjacencyAmong: (ids, filter) => inner.adjacencyAmong(ids, filter),
    relationsAmong: (ids, filter) => inner.relationsAmong(ids, filter),
    relationsOf: (id) => inner.relationsOf(id),
    relationsCiting: (sourceId) => inner.relationsCiting(sourceId),
    mergeEntities: reported((request) => inner.mergeEntities(request)),
    undoMerge: reported((id, request) => inner.undoMerge(id, request)),
    listMerges: (options) => inner.listMerges(options),
    getMerge: (id) => inner.getMerge(id),
    runReadOnlyCypher: (query, params, limits) => inner.runReadOnlyCypher(query, params, limits),
    close: () => inner.close(),
  };
}
