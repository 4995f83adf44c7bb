// The Neo4j 5 adapter behind GraphStore: one driver per store, managed transactions (their work may
// be retried, so it only builds fresh values), READ access for every read, and a timeout on each.
import neo4j, { type Driver, type ManagedTransaction, type Session } from "neo4j-driver";
import { assertReadOnlyCypher, DEFAULT_MAX_VARIABLE_LENGTH_HOPS } from "../cypher/read-only-guard.js";
import { InvalidInputError } from "../errors.js";
import { queryKeysOf } from "../model/search-keys.js";
import type { Entity } from "../model/entity.js";
import { entityContextOf } from "../model/entity-context.js";
import type { Relation } from "../model/relation.js";
import type { AdjacentEdge } from "../model/graph.js";
import { RELATION_TYPES, type EntityKind, type RelationType } from "../model/vocabulary.js";
import type { CypherLimits, EdgeFilter, GraphStore, SearchOptions } from "../store.js";
import { bulkLoadIntoEmpty } from "./bulk-load.js";
import { redactUri, toStoreError } from "./neo4j-errors.js";
import { neo4jMergeMethods } from "./neo4j-merges.js";
import {
  adjacentEdgeOf,
  entityRowOf,
  graphEdgeOf,
  graphNodeOf,
  groupBy,
  relationEndOf,
  relationRowOf,
  type EdgeRecordShape,
  type EntityRecordShape,
} from "./neo4j-rows.js";
import * as Q from "./queries.js";
import { adjacencyParams, readCappedAdjacency } from "./capped-adjacency.js";
import { findRouteCandidates } from "./route-candidates.js";
import { backfillSearchKeys } from "./search-keys-backfill.js";
import { checkedLimit, runInReadSession } from "./read-only-runner.js";

export interface Neo4jStoreConfig {
  /** bolt://, neo4j:// (routing) or their +s / +ssc variants. */
  uri: string;
  user: string;
  password: string;
  /** Defaults to the server's default database. */
  database?: string;
  /** Server-side limit for each transaction the store runs itself. Default 15 s. */
  transactionTimeoutMs?: number;
  /** How long a managed transaction is retried on transient errors, including an unreachable server. Default 2 s. */
  maxRetryTimeMs?: number;
  /** How long to wait for a TCP/Bolt connection. Default 5 s. */
  connectionTimeoutMs?: number;
  /** Passed to the read-only guard for user Cypher; its default when absent. */
  maxVariableLengthHops?: number;
}

const URI_SCHEME = /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/;
/** Rows per UNWIND statement inside one write transaction. */
const ROWS_PER_STATEMENT = 1000;

export function createNeo4jStore(config: Neo4jStoreConfig): GraphStore {
  if (!URI_SCHEME.test(config.uri)) {
    throw new InvalidInputError(
      `Neo4j URI "${redactUri(config.uri)}" is not valid: expected bolt://host:7687 or neo4j://host:7687`,
      { parameter: "uri" },
    );
  }
  const uri = redactUri(config.uri);
  const timeout = config.transactionTimeoutMs ?? 15_000;
  const maxVariableLengthHops = config.maxVariableLengthHops ?? DEFAULT_MAX_VARIABLE_LENGTH_HOPS;
  const driver: Driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: true,
    maxTransactionRetryTime: config.maxRetryTimeMs ?? 2_000,
    connectionTimeout: config.connectionTimeoutMs ?? 5_000,
    connectionAcquisitionTimeout: (config.connectionTimeoutMs ?? 5_000) * 2,
    userAgent: "relationship-explorer",
  });

  const session = (mode: "READ" | "WRITE", fetchSize?: number): Session =>
    driver.session({
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
      ...(config.database ? { database: config.database } : {}),
      ...(fetchSize ? { fetchSize } : {}),
    });

  async function withSession<T>(
    mode: "READ" | "WRITE",
    operation: string,
    work: (s: Session) => Promise<T>,
  ): Promise<T> {
    const s = session(mode);
    try {
      return await work(s);
    } catch (error) {
      throw toStoreError(error, { operation, uri });
    } finally {
      await s.close().catch(() => undefined);
    }
  }

  const read = <T>(operation: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> =>
    withSession("READ", operation, (s) => s.executeRead(work, { timeout }));
  const write = <T>(operation: string, work: (tx: ManagedTransaction) => Promise<T>): Promise<T> =>
    withSession("WRITE", operation, (s) => s.executeWrite(work, { timeout }));

  async function readRows<T>(
    operation: string,
    query: string,
    params: Record<string, unknown>,
    map: (row: never) => T,
  ) {
    return read(operation, async (tx) => {
      const result = await tx.run(query, params);
      return result.records.map((record) => map(record.toObject() as never));
    });
  }

  const readEdges = (operation: string, query: string, params: Record<string, unknown>) =>
    readRows(operation, query, params, (row: EdgeRecordShape) => graphEdgeOf(row));

  /** Whether this store has run ensureSchema, so the bulk load need not run it again. */
  let schemaEnsured = false;
  async function ensureSchema() {
    const statements = [
      Q.CREATE_ENTITY_ID_CONSTRAINT,
      Q.CREATE_SEARCH_TEXT_INDEX,
      Q.CREATE_SEARCH_KEYS_INDEX,
      Q.CREATE_NAME_FULLTEXT_INDEX,
      Q.CREATE_MERGE_RECORD_ID_CONSTRAINT,
      ...RELATION_TYPES.map((type) => Q.createRelationIdIndex(type)),
    ];
    // Schema changes cannot share a transaction with each other's data; each runs on its own.
    for (const statement of statements) await write("ensureSchema", (tx) => tx.run(statement).then(() => undefined));
    await withSession("READ", "ensureSchema", (s) => s.run(Q.AWAIT_INDEXES).then(() => undefined));
    await backfillSearchKeys(write);
    schemaEnsured = true;
  }

  return {
    kind: "neo4j",

    async describe() {
      const components = await readRows(
        "describe",
        Q.DBMS_COMPONENTS,
        {},
        (row: { versions: string[]; edition: string }) => row,
      );
      const first = components[0];
      const version = first ? `${first.versions.join(", ")} ${first.edition}` : "unknown version";
      return `Neo4j ${version} at ${uri}${config.database ? ` (database ${config.database})` : ""}`;
    },

    ensureSchema,

    async upsertEntities(entities: readonly Entity[]) {
      if (entities.length === 0) return;
      rejectDuplicateIds(entities, "entity");
      const byKind = groupBy(entities.map(entityRowOf), (row) => row.props.kind);
      await write("upsertEntities", async (tx) => {
        for (const [kind, rows] of byKind) {
          const query = Q.upsertEntitiesOfKind(kind as EntityKind);
          for (const chunk of chunks(rows)) await tx.run(query, { rows: chunk });
        }
      });
    },

    async upsertRelations(relations: readonly Relation[]) {
      if (relations.length === 0) return;
      rejectDuplicateIds(relations, "relation");
      const rows = relations.map(relationRowOf);
      const byType = groupBy(rows, (row) => row.type);
      const endIds = [...new Set(rows.flatMap((row) => [row.from, row.to]))].sort();
      await write("upsertRelations", async (tx) => {
        const missing = (await tx.run(Q.MISSING_ENTITY_IDS, { ids: endIds })).records.map((r) => r.get("id") as string);
        if (missing.length > 0) throw missingEndsError(relations, new Set(missing));
        const idTypes = rows.map((row) => `${row.id} ${row.type}`);
        await tx.run(Q.DELETE_RETYPED_RELATIONS, { ids: rows.map((row) => row.id), idTypes });
        for (const [type, typeRows] of byType) {
          const query = Q.upsertRelationsOfType(type);
          for (const chunk of chunks(typeRows)) await tx.run(query, { rows: chunk });
        }
      });
    },

    async bulkLoadIntoEmpty(records) {
      rejectDuplicateIds(records.entities, "entity");
      rejectDuplicateIds(records.relations, "relation");
      // The id constraint is what finds each relation's ends quickly, and what refuses a duplicate entity.
      if (!schemaEnsured) await ensureSchema();
      return bulkLoadIntoEmpty(write, records);
    },

    async clear() {
      // CALL ... IN TRANSACTIONS must run in an auto-commit transaction; deleting again is harmless.
      await withSession("WRITE", "clear", (s) => s.run(Q.CLEAR_ALL).then(() => undefined));
    },

    async ping() {
      await read("ping", (tx) => tx.run(Q.PING).then(() => undefined));
    },

    async counts() {
      return read("counts", async (tx) => {
        const entities = (await tx.run(Q.COUNT_ENTITIES)).records[0]?.get("count") as number | undefined;
        const relations = (await tx.run(Q.COUNT_RELATIONS)).records[0]?.get("count") as number | undefined;
        return { entities: entities ?? 0, relations: relations ?? 0 };
      });
    },

    async schemaCounts() {
      return read("schemaCounts", async (tx) => {
        const kinds = (await tx.run(Q.COUNT_BY_KIND)).records.map((r) => ({
          kind: r.get("kind") as EntityKind,
          count: r.get("count") as number,
        }));
        const relationTypes = (await tx.run(Q.COUNT_BY_RELATION_TYPE)).records.map((r) => ({
          type: r.get("type") as RelationType,
          count: r.get("count") as number,
        }));
        return { kinds, relationTypes };
      });
    },

    async searchCandidates(foldedTerms: readonly string[], options: SearchOptions) {
      const limit = checkedLimit(options.limit);
      if (limit === 0) return [];
      const terms = [...new Set(foldedTerms.filter((term) => term.length > 0))];
      if (options.fuzzy && terms.length > 0) {
        const longest = [...terms].sort((a, b) => b.length - a.length)[0]!;
        const keysOf = (term: string) => queryKeysOf(term).map((key) => ` ${key} `);
        const params = {
          terms,
          keys: terms.map(keysOf),
          firstTerm: longest,
          firstKeys: keysOf(longest),
          kinds: [...(options.kinds ?? [])],
          limit: neo4j.int(limit),
        };
        return readRows("searchCandidates", Q.SEARCH_CANDIDATES_FUZZY, params, (row: EntityRecordShape) =>
          graphNodeOf(row),
        );
      }
      const params = {
        firstTerm: terms[0] ?? "",
        terms,
        kinds: [...(options.kinds ?? [])],
        limit: neo4j.int(limit),
      };
      return readRows("searchCandidates", Q.SEARCH_CANDIDATES, params, (row: EntityRecordShape) => graphNodeOf(row));
    },

    async getEntities(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return readRows("getEntities", Q.GET_ENTITIES, { ids: unique(ids) }, (row: EntityRecordShape) =>
        graphNodeOf(row),
      );
    },

    async getEntityContexts(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return readRows(
        "getEntityContexts",
        Q.GET_ENTITY_CONTEXTS,
        { ids: unique(ids) },
        (row: Record<string, unknown>) => entityContextOf(plainCounts(row)),
      );
    },

    async listEntityIds(options: { kinds?: readonly EntityKind[]; limit: number }) {
      const limit = checkedLimit(options.limit);
      if (limit === 0) return [];
      const params = { kinds: [...(options.kinds ?? [])], limit: neo4j.int(limit) };
      return readRows("listEntityIds", Q.LIST_ENTITY_IDS_BY_DEGREE, params, (row: { id: string }) => row.id);
    },

    async getRelations(ids: readonly string[]) {
      if (ids.length === 0) return [];
      return readEdges("getRelations", Q.GET_RELATIONS, { ids: unique(ids) });
    },

    async getRelationsAt(edges: readonly AdjacentEdge[]) {
      if (edges.length === 0) return [];
      const wanted = [...new Map(edges.map(({ id, source, target }) => [id, { id, source, target }])).values()];
      return readEdges("getRelationsAt", Q.GET_RELATIONS_AT, { edges: wanted });
    },

    async adjacency(ids: readonly string[], filter: EdgeFilter) {
      if (ids.length === 0) return [];
      return readRows("adjacency", Q.ADJACENCY, adjacencyParams(ids, filter), (row: unknown) => adjacentEdgeOf(row));
    },

    cappedAdjacency(ids: readonly string[], filter: EdgeFilter, hubDegree: number) {
      const rowsOf = (operation: string, cypher: string, params: Record<string, unknown>) =>
        readRows(operation, cypher, params, (row: unknown) => row);
      return readCappedAdjacency(rowsOf, ids, filter, hubDegree);
    },

    async listRelationEnds() {
      return readRows("listRelationEnds", Q.LIST_RELATION_ENDS, {}, (row: unknown) => relationEndOf(row));
    },

    findRouteCandidates(query) {
      return findRouteCandidates(
        (operation, cypher, params) => readRows(operation, cypher, params, (row: unknown) => row),
        query,
      );
    },

    async adjacencyAmong(ids: readonly string[], filter: Pick<EdgeFilter, "types" | "stances">) {
      if (ids.length === 0) return [];
      const params = { ids: unique(ids), types: [...(filter.types ?? [])], stances: [...(filter.stances ?? [])] };
      return readRows("adjacencyAmong", Q.ADJACENCY_AMONG, params, (row: unknown) => adjacentEdgeOf(row));
    },

    async relationsAmong(ids: readonly string[], filter: Pick<EdgeFilter, "types" | "stances"> = {}) {
      if (ids.length === 0) return [];
      const params = { ids: unique(ids), types: [...(filter.types ?? [])], stances: [...(filter.stances ?? [])] };
      return readEdges("relationsAmong", Q.RELATIONS_AMONG, params);
    },

    async relationsOf(id: string) {
      return readEdges("relationsOf", Q.RELATIONS_OF, { id });
    },

    async relationsCiting(sourceId: string) {
      return readEdges("relationsCiting", Q.RELATIONS_CITING, { sourceId });
    },

    ...neo4jMergeMethods(read, write),

    async runReadOnlyCypher(query: string, params: Record<string, unknown>, limits: CypherLimits) {
      assertReadOnlyCypher(query, { maxVariableLengthHops });
      return runInReadSession(session, query, params, limits, uri);
    },

    async close() {
      await driver.close();
    },
  };
}

function* chunks<T>(rows: readonly T[]): Generator<T[]> {
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT)
    yield rows.slice(start, start + ROWS_PER_STATEMENT);
}

/** Neo4j integers (degree, each source's count) as numbers, for the row's zod check. */
function plainCounts(row: Record<string, unknown>): Record<string, unknown> {
  const numberOf = (value: unknown) => (neo4j.isInt(value) ? value.toNumber() : value);
  const sources = Array.isArray(row.sources) ? row.sources : [];
  return {
    ...row,
    degree: numberOf(row.degree),
    sources: sources.map((source: { id: unknown; relations: unknown }) => ({
      id: source.id,
      relations: numberOf(source.relations),
    })),
  };
}

function unique(ids: readonly string[]): string[] {
  return [...new Set(ids)];
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
