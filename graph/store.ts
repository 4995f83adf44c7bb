// The one interface both stores (Kuzu embedded, Neo4j) implement. Each adapter keeps its own
// parameterised Cypher; the algorithms on top (graph/queries/) are shared, so both stores answer alike.
import type { Entity } from "./model/entity.js";
import type { AdjacentEdge, GraphEdge, GraphNode } from "./model/graph.js";
import type { Relation } from "./model/relation.js";
import type { WalkIndex } from "./queries/walk-index.js";
import type { MergeRecord, MergeRequest, UndoRequest } from "./resolution/merge-record.js";
import type { EntityKind, RelationStatus, RelationType, Stance } from "./model/vocabulary.js";

export type StoreKind = "kuzu" | "neo4j";

export interface EdgeFilter {
  /** Only these relation types (all when absent or empty). */
  types?: readonly RelationType[];
  /** Only relation types of these stances (all when absent or empty). */
  stances?: readonly Stance[];
  /** Follow edges out of, into, or both ways through the given nodes. */
  direction?: "out" | "in" | "both";
  /** Never relations of these types, whatever `types` says. */
  excludeTypes?: readonly RelationType[];
  /** Only relations of these statuses (all when absent or empty). */
  statuses?: readonly RelationStatus[];
  /** Only relations whose period overlaps this partial ISO date (YYYY, YYYY-MM, YYYY-MM-DD). */
  at?: string;
  /** With `at`: keep undated relations (the default) or drop them (false). */
  includeUndated?: boolean;
}

export interface SearchOptions {
  kinds?: readonly EntityKind[];
  /** How many candidates the store may return before ranking. */
  limit: number;
}

export interface CypherLimits {
  maxRows: number;
  timeoutMs: number;
}

export interface CypherResult {
  columns: string[];
  /** Plain JSON values; nodes and relations appear as {id, kind|type, ...} objects. */
  rows: unknown[][];
  /** Ids of entities and relations the result referred to, to draw them. */
  entityIds: string[];
  relationIds: string[];
  truncated: boolean;
}

export interface StoreCounts {
  entities: number;
  relations: number;
}

export interface SchemaCounts {
  kinds: { kind: EntityKind; count: number }[];
  relationTypes: { type: RelationType; count: number }[];
}

export interface GraphStore {
  readonly kind: StoreKind;
  /** A readable name for logs and test output: path or URI, and version. */
  describe(): Promise<string>;

  /** Creates tables, constraints and indexes if they are missing. Safe to call again. */
  ensureSchema(): Promise<void>;
  /** Inserts or updates entities by id, in one transaction per call. */
  upsertEntities(entities: readonly Entity[]): Promise<void>;
  /** Inserts or updates relations by id; both ends must exist. One transaction per call. */
  upsertRelations(relations: readonly Relation[]): Promise<void>;
  /** Deletes everything. */
  clear(): Promise<void>;
  /**
   * Optional fast path for a store that holds nothing yet: loads these validated records in bulk and
   * answers true, or answers false without writing when the store is not empty (use the upserts then).
   */
  bulkLoadIntoEmpty?(records: { entities: readonly Entity[]; relations: readonly Relation[] }): Promise<boolean>;

  /**
   * Optional: loads what makes later reads fast, before the first request needs it (Kuzu: the graph's
   * shape in memory, which takes seconds at a million relations). Safe to call again.
   */
  prepare?(): Promise<void>;

  ping(): Promise<void>;
  counts(): Promise<StoreCounts>;
  schemaCounts(): Promise<SchemaCounts>;
  /**
   * Entities whose folded search text (names and aliases, lower case, no accents: see
   * graph/model/search-text.ts) contains every given folded term. Ranking is done by the caller.
   */
  searchCandidates(foldedTerms: readonly string[], options: SearchOptions): Promise<GraphNode[]>;
  getEntities(ids: readonly string[]): Promise<GraphNode[]>;
  /** Ids of entities ordered by degree (most connected first), then id: the overview of the whole graph. */
  listEntityIds(options: { kinds?: readonly EntityKind[]; limit: number }): Promise<string[]>;
  getRelations(ids: readonly string[]): Promise<GraphEdge[]>;
  /**
   * The same for relations whose ends are known (found by a walk): read through the end entities, which
   * every store indexes, where a lookup by relation id may scan (Neo4j indexes no relation property).
   * Relations that no longer exist with those ends are left out.
   */
  getRelationsAt(edges: readonly AdjacentEdge[]): Promise<GraphEdge[]>;
  /** Every relation touching one of the ids, filtered, in its light form. */
  adjacency(ids: readonly string[], filter: EdgeFilter): Promise<AdjacentEdge[]>;
  /**
   * Optional, for a store that keeps the graph's shape in memory: what adjacency() answers, grouped by
   * entity (each list sorted by relation id, every id present), without copying lists a walk only reads.
   */
  incidentLists?(ids: readonly string[], filter: EdgeFilter): Promise<ReadonlyMap<string, readonly AdjacentEdge[]>>;
  /**
   * Optional, for a store that keeps the graph's shape in memory: the shape numbered for walks, as of
   * the last committed write. Path searches then run on it instead of on incidentLists or adjacency.
   */
  walkIndex?(): Promise<WalkIndex>;
  /** Every relation with both ends among the ids, of the filter's types and stances, light, by id. */
  adjacencyAmong(ids: readonly string[], filter: Pick<EdgeFilter, "types" | "stances">): Promise<AdjacentEdge[]>;
  /** Every relation with both ends among the ids. */
  relationsAmong(ids: readonly string[]): Promise<GraphEdge[]>;
  /** All relations touching an entity, in full. */
  relationsOf(id: string): Promise<GraphEdge[]>;
  /** All relations with an evidence item that cites this source id. */
  relationsCiting(sourceId: string): Promise<GraphEdge[]>;
  /**
   * Merges `merge` into `keep` in one transaction (see graph/resolution/merge-transaction.ts) and records
   * it, with snapshots of all it touched, in the audit trail the store keeps apart from the entities.
   */
  mergeEntities(request: MergeRequest): Promise<MergeRecord>;
  /** Restores what a merge changed, in one transaction; ConflictError when the graph moved on since. */
  undoMerge(id: string, request: UndoRequest): Promise<MergeRecord>;
  /** The audit trail, latest first. */
  listMerges(options: { limit: number }): Promise<MergeRecord[]>;
  getMerge(id: string): Promise<MergeRecord | undefined>;
  /** Runs a query that has passed the read-only check; the store enforces limits too. */
  runReadOnlyCypher(query: string, params: Record<string, unknown>, limits: CypherLimits): Promise<CypherResult>;

  close(): Promise<void>;
}
