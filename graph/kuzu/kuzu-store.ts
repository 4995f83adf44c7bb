// The embedded store (LadybugDB, Kuzu's maintained fork; see engine.ts): one database file under dataDir,
// the schema created on open, batched upserts in one transaction per call, and every read answered with
// the same ordering as the Neo4j store.
import path from "node:path";
import { InvalidInputError, StoreUnavailableError } from "../errors.js";
import type { Entity } from "../model/entity.js";
import type { AdjacentEdge, GraphEdge } from "../model/graph.js";
import type { Relation } from "../model/relation.js";
import { entityContextOf } from "../model/entity-context.js";
import { ENTITY_KINDS, EntityKind, RelationType } from "../model/vocabulary.js";
import type { EdgeFilter, GraphStore, SchemaCounts, SearchOptions } from "../store.js";
import { bulkChunkRows, bulkLoadIntoEmpty } from "./bulk-load.js";
import { createCrashProbe } from "./crash-probe/crash-probe.js";
import { DEFAULT_EMBEDDED_ENGINE, loadEmbeddedEngine, type EmbeddedEngineName } from "./engine.js";
import { runKuzuReadOnlyCypher } from "./kuzu-cypher.js";
import { ENTITY_COLUMNS, RELATION_COLUMNS } from "./table-columns.js";
import { kuzuMergeMethods } from "./kuzu-merges.js";
import { ALIAS_SEPARATOR, countOf, entityRowOf, graphEdgeOf, graphNodeOf, relationRowOf } from "./kuzu-rows.js";
import { openKuzuSession, type Row } from "./kuzu-session.js";
import { POINT_LOOKUPS_MAX, relationsByAnchor } from "./point-lookups.js";
import { applyRelationWrites, planRelationWrites } from "./relation-ends.js";
import { createTopologyCache } from "./topology-cache.js";
import { capHubs } from "../queries/cap-hubs.js";
import { withEntitySearchIndex } from "./entity-search-index.js";
import { refuseUnmigratedKuzuStore } from "./unmigrated-store.js";
import * as Q from "./queries.js";

export interface KuzuStoreConfig {
  /** Folder that holds the database file (created if missing). */
  dataDir: string;
  /** Kuzu's page cache; its own default is 80% of the machine's memory, too greedy for a shared host. */
  bufferPoolBytes?: number;
  /** LadybugDB unless a benchmark or the migration asks for Kuzu 0.11. */
  engine?: EmbeddedEngineName;
}

const DEFAULT_BUFFER_POOL_BYTES = 512 * 1024 * 1024;

/** Opens (or creates) the database and its schema. Close the store to release the file. */
export async function createKuzuStore(config: KuzuStoreConfig): Promise<GraphStore> {
  const engine = await loadEmbeddedEngine(config.engine ?? DEFAULT_EMBEDDED_ENGINE);
  if (engine.name === DEFAULT_EMBEDDED_ENGINE) refuseUnmigratedKuzuStore(config.dataDir);
  const file = path.resolve(config.dataDir, engine.databaseFile);
  const bufferPoolBytes = config.bufferPoolBytes ?? DEFAULT_BUFFER_POOL_BYTES;
  const session = await openKuzuSession({ file, bufferPoolBytes, engine });

  const ensureSchema = () =>
    session.ddl("ensureSchema", async (run) => {
      await run(Q.CREATE_ENTITY_TABLE);
      await run(Q.CREATE_RELATION_TABLE);
      await run(Q.CREATE_MERGE_RECORD_TABLE);
      await run(Q.ADD_RELATION_DIRECTED_COLUMN);
      await run(Q.ADD_RELATION_ATTRIBUTES_COLUMN);
      await checkColumns(await run(Q.ENTITY_TABLE_COLUMNS), "Entity", ENTITY_COLUMNS, file);
      await checkColumns(await run(Q.RELATION_TABLE_COLUMNS), "Relation", RELATION_COLUMNS, file);
    });

  const crashProbe = createCrashProbe(engine, [
    Q.CREATE_ENTITY_TABLE,
    Q.CREATE_RELATION_TABLE,
    Q.CREATE_MERGE_RECORD_TABLE,
  ]);
  const topology = createTopologyCache(session);
  const forgetRelationEnds = () => topology.forget();
  /** Full relations by id, found from their (primary-key) ends; only those still between those ends. */
  const relationsAt = async (operation: string, edges: readonly AdjacentEdge[]) => {
    if (edges.length === 0) return [];
    const known = await topology.current();
    const groups = relationsByAnchor(edges, (id) => known.incidentTo(id).length);
    const found = new Map<string, GraphEdge>();
    if (groups.size > POINT_LOOKUPS_MAX) {
      const sources = unique(edges.map((edge) => edge.source));
      const ids = edges.map((edge) => edge.id);
      for (const edge of await readEdges(operation, Q.GET_RELATIONS_FROM, { sources, ids })) found.set(edge.id, edge);
    } else {
      const reads = [...groups].map(([anchor, ids]) => readEdges(operation, Q.GET_RELATIONS_AROUND, { anchor, ids }));
      for (const list of await Promise.all(reads)) for (const edge of list) found.set(edge.id, edge);
    }
    const ends = new Map(edges.map((edge) => [edge.id, edge]));
    const sameEnds = (edge: GraphEdge) =>
      ends.get(edge.id)?.source === edge.source && ends.get(edge.id)?.target === edge.target;
    return [...found.values()].filter(sameEnds).sort(byId);
  };

  const readNodes = async (operation: string, query: string, params: Record<string, unknown>) =>
    (await session.read(operation, query, params)).map(graphNodeOf);
  const readEdges = async (operation: string, query: string, params: Record<string, unknown>) =>
    (await session.read(operation, query, params)).map(graphEdgeOf);

  const store: GraphStore = {
    kind: "kuzu",
    describe: async () => `${engine.title} ${engine.module.VERSION} at ${file}`,
    ensureSchema,

    async upsertEntities(entities: readonly Entity[]) {
      if (entities.length === 0) return;
      rejectDuplicateIds(entities, "entity");
      const rows = entities.map(entityRowOf);
      await session.write("upsertEntities", (run) => run(Q.UPSERT_ENTITIES, { rows, separator: ALIAS_SEPARATOR }));
    },

    async upsertRelations(relations: readonly Relation[]) {
      if (relations.length === 0) return;
      rejectDuplicateIds(relations, "relation");
      const rows = relations.map(relationRowOf);
      const endIds = [...new Set(rows.flatMap((row) => [row.source, row.target]))].sort();
      await session.write(
        "upsertRelations",
        async (run) => {
          const missing = new Set((await run(Q.MISSING_ENTITY_IDS, { ids: endIds })).map((row) => String(row.id)));
          if (missing.size > 0) throw missingEndsError(relations, missing);
          const known = await topology.forWrite(run);
          const plan = planRelationWrites(rows, known);
          if (plan.removeOld.length > 0) await run(Q.DELETE_RELATIONS_AT, { rows: plan.removeOld });
          if (plan.update.length > 0) await run(Q.UPDATE_RELATIONS, { rows: plan.update });
          if (plan.create.length > 0) await run(Q.CREATE_RELATIONS, { rows: plan.create });
          applyRelationWrites(known, rows);
        },
        forgetRelationEnds,
      );
    },

    async bulkLoadIntoEmpty(records) {
      rejectDuplicateIds(records.entities, "entity");
      rejectDuplicateIds(records.relations, "relation");
      // COPY is DDL-like in Kuzu: it runs in its own transaction, queued after every earlier write.
      const loaded = await session.ddl("bulkLoadIntoEmpty", (run) =>
        bulkLoadIntoEmpty(run, records, bulkChunkRows(bufferPoolBytes)),
      );
      if (loaded) forgetRelationEnds();
      return loaded;
    },

    clear: () =>
      session.write(
        "clear",
        async (run) => {
          await run(Q.CLEAR_ALL);
          await run(Q.CLEAR_MERGE_RECORDS);
          topology.reset();
        },
        forgetRelationEnds,
      ),

    ping: async () => void (await session.read("ping", Q.PING)),

    async counts() {
      const [entities] = await session.read("counts", Q.COUNT_ENTITIES);
      const [relations] = await session.read("counts", Q.COUNT_RELATIONS);
      return { entities: countOf(entities), relations: countOf(relations) };
    },

    async schemaCounts(): Promise<SchemaCounts> {
      const kinds = await session.read("schemaCounts", Q.COUNT_BY_KIND);
      const types = await session.read("schemaCounts", Q.COUNT_BY_RELATION_TYPE);
      return {
        kinds: kinds.map((row) => ({ kind: EntityKind.parse(row.kind), count: countOf(row) })),
        relationTypes: types.map((row) => ({ type: RelationType.parse(row.type), count: countOf(row) })),
      };
    },

    async searchCandidates(foldedTerms: readonly string[], options: SearchOptions) {
      const limit = checkedLimit(options.limit);
      if (limit === 0) return [];
      const kinds = options.kinds?.length ? [...options.kinds] : [...ENTITY_KINDS];
      const terms = [...new Set(foldedTerms.filter((term) => term.length > 0))];
      if (terms.length === 0) return readNodes("searchCandidates", Q.LIST_ENTITIES_OF_KINDS, { kinds, limit });
      const byKind = new Set(kinds).size < ENTITY_KINDS.length;
      const params: Record<string, unknown> = { limit, ...(byKind ? { kinds } : {}) };
      if (terms.length > Q.SEARCH_TERMS_INLINE_MAX) params.terms = terms;
      else terms.forEach((term, i) => (params[`term${i}`] = term));
      return readNodes("searchCandidates", Q.searchCandidatesQuery(terms.length, byKind), params);
    },

    async getEntities(ids: readonly string[]) {
      const wanted = unique(ids);
      if (wanted.length > POINT_LOOKUPS_MAX) return readNodes("getEntities", Q.GET_ENTITIES, { ids: wanted });
      const found = await Promise.all(wanted.map((id) => readNodes("getEntities", Q.GET_ENTITY, { id })));
      return found.flat().sort(byId);
    },

    async getEntityContexts(ids: readonly string[]) {
      const known = await topology.current();
      const existing = (await store.getEntities(ids)).map((node) => node.id);
      // One point lookup per entity: a search asks for ten or so, and Kuzu scans every entity for an UNWIND.
      return Promise.all(
        existing.map(async (id) =>
          entityContextOf({
            id,
            degree: known.incidentTo(id).length,
            sources: await session.read("getEntityContexts", Q.SOURCES_CITED_AROUND, { id }),
          }),
        ),
      );
    },

    async listEntityIds(options: { kinds?: readonly EntityKind[]; limit: number }) {
      const limit = checkedLimit(options.limit);
      if (limit === 0) return [];
      const kinds = options.kinds?.length ? [...options.kinds] : [...ENTITY_KINDS];
      const rows = await session.read("listEntityIds", Q.LIST_ENTITY_IDS_BY_DEGREE, { kinds, limit });
      return rows.map((row) => String(row.id));
    },

    async getRelations(ids: readonly string[]) {
      if (ids.length === 0) return [];
      const known = await topology.current();
      const edges = unique(ids).flatMap((id) => known.get(id) ?? []);
      return relationsAt("getRelations", edges);
    },

    getRelationsAt: (edges: readonly AdjacentEdge[]) => relationsAt("getRelationsAt", edges),

    async adjacency(ids: readonly string[], filter: EdgeFilter) {
      if (ids.length === 0) return [];
      return (await topology.current()).adjacency(ids, filter);
    },

    listRelationEnds: async () => (await topology.current()).relationEnds(),

    async cappedAdjacency(ids: readonly string[], filter: EdgeFilter, hubDegree: number) {
      if (ids.length === 0) return { edges: [], hubs: [] };
      const known = await topology.current();
      return capHubs(ids, (id) => known.adjacency([id], filter), hubDegree);
    },

    adjacencyAmong: async (ids: readonly string[], filter: Pick<EdgeFilter, "types" | "stances">) =>
      ids.length === 0 ? [] : (await topology.current()).among(ids, filter),

    async relationsAmong(ids: readonly string[], filter: Pick<EdgeFilter, "types" | "stances"> = {}) {
      return ids.length === 0 ? [] : relationsAt("relationsAmong", (await topology.current()).among(ids, filter));
    },

    relationsOf: async (id: string) => relationsAt("relationsOf", (await topology.current()).incidentTo(id)),
    relationsCiting: (sourceId: string) => readEdges("relationsCiting", Q.RELATIONS_CITING, { sourceId }),

    ...kuzuMergeMethods(session, forgetRelationEnds),

    runReadOnlyCypher: (query, params, limits) => runKuzuReadOnlyCypher(session, query, params, limits, crashProbe),

    close: () => {
      crashProbe.close();
      return session.close();
    },
  };

  try {
    await ensureSchema();
  } catch (error) {
    crashProbe.close();
    await session.close();
    throw error;
  }
  return withEntitySearchIndex(store, session);
}

/** A file written by an older version of this adapter would answer with missing fields: say so at once. */
function checkColumns(rows: readonly Row[], table: string, expected: readonly string[], file: string): void {
  const found = new Set(rows.map((row) => String(row.name)));
  const missing = expected.filter((column) => !found.has(column));
  if (missing.length > 0) {
    throw new StoreUnavailableError(
      `The Kuzu database ${file} has an older ${table} table (missing ${missing.join(", ")}); delete the file and import again`,
      { store: file, table, missing },
    );
  }
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

function checkedLimit(limit: number): number {
  if (!Number.isSafeInteger(limit) || limit < 0) {
    throw new InvalidInputError(`limit must be a whole number of at least 0, got ${String(limit)}`, {
      parameter: "limit",
    });
  }
  return limit;
}

function rejectDuplicateIds(items: readonly { id: string }[], what: string): void {
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) {
      throw new InvalidInputError(`${what} id ${item.id} appears twice in one batch`, { [what]: item.id });
    }
    seen.add(item.id);
  }
}

function missingEndsError(relations: readonly Relation[], missing: ReadonlySet<string>): InvalidInputError {
  const affected = relations.filter((r) => missing.has(r.from) || missing.has(r.to)).map((r) => r.id);
  const missingIds = [...missing].sort();
  return new InvalidInputError(
    `${affected.length} relation(s) point at entities that do not exist (${missingIds.slice(0, 10).join(", ")}); ` +
      `import those entities first. First affected relation: ${affected[0] ?? "?"}`,
    { missingEntityIds: missingIds.slice(0, 50), relations: affected.slice(0, 50) },
  );
}
