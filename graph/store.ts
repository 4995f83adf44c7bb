// The one interface both stores (Kuzu embedded, Neo4j) implement in full. Each adapter keeps its own
// parameterised Cypher; the algorithms on top (graph/queries/) are shared, so both stores answer alike.
// Every argument and answer is plain data, so a store can sit in another process behind this port.
import type { Entity } from "./model/entity.js";
import type { EntityContext } from "./model/entity-context.js";
import type { AdjacentEdge, GraphEdge, GraphNode } from "./model/graph.js";
import type { Relation } from "./model/relation.js";
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
  /** Also entities a term is one typo from, or spelled like with umlauts and scripts folded (search-keys.ts). */
  fuzzy?: boolean;
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

/** A relation as a walk sees it: its ends, type and direction, with the status and period filters test. */
export interface RelationEnd extends AdjacentEdge {
  status: RelationStatus;
  /** The relation's period as partial ISO dates; absent when it is undated. */
  dateStart?: string;
  dateEnd?: string;
}

/** What a store that searches paths in its database is asked: see GraphStore.findRouteCandidates. */
export interface RouteCandidateQuery {
  from: string;
  to: string;
  maxHops: number;
  /** Every walk of this many of the shortest lengths (Cypher's SHORTEST k GROUPS). */
  groups: number;
  direction: "out" | "in" | "both";
  /** Entities no walk may pass through. */
  blockedNodes: readonly string[];
  filter: Pick<EdgeFilter, "types" | "stances" | "excludeTypes" | "statuses" | "at" | "includeUndated">;
  /** The most walks to return; `truncated` says when there were more. */
  rowLimit: number;
}

export interface RouteCandidates {
  /** Simple walks (no entity twice), each relation in walk order; one per combination of parallel relations. */
  walks: { nodeIds: string[]; edges: AdjacentEdge[] }[];
  truncated: boolean;
}

/** A hub's relations (under a filter) counted by type and by direction: "out" when it is their source. */
export interface HubRelationCounts {
  id: string;
  counts: { type: RelationType; direction: "out" | "in"; count: number }[];
}

/** What a neighbourhood walk reads of the entities it reaches: see GraphStore.cappedAdjacency. */
export interface CappedAdjacency {
  /** The relations of every id with at most `hubDegree` of them, as adjacency() answers them. */
  edges: AdjacentEdge[];
  /** The ids with more (hubs, which the walk does not pass through), with their relations counted, by id. */
  hubs: HubRelationCounts[];
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
   * The fast path for a store that holds nothing yet: loads these validated records in bulk and answers
   * true, or answers false without writing when the store is not empty (use the upserts then).
   */
  bulkLoadIntoEmpty(records: { entities: readonly Entity[]; relations: readonly Relation[] }): Promise<boolean>;

  ping(): Promise<void>;
  counts(): Promise<StoreCounts>;
  schemaCounts(): Promise<SchemaCounts>;
  /**
   * Entities whose folded search text (names and aliases, lower case, no accents: see
   * graph/model/search-text.ts) contains every given folded term, or with `fuzzy` also shares one of
   * its keys (matchesSearchTerms in graph/model/search-keys.ts); by id. Ranking is done by the caller.
   */
  searchCandidates(foldedTerms: readonly string[], options: SearchOptions): Promise<GraphNode[]>;
  getEntities(ids: readonly string[]): Promise<GraphNode[]>;
  /**
   * Degree (relations touching it, each once) and the sources its relations' evidence cites, with how many
   * cite each (most first, then id), of every existing entity among the ids (a search's hits); by id.
   */
  getEntityContexts(ids: readonly string[]): Promise<EntityContext[]>;
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
   * Every relation's ends, type, direction, status and period, in no particular order: what the walk
   * index (graph/walk-index/) numbers for path searches. As of the last committed write.
   */
  listRelationEnds(): Promise<RelationEnd[]>;
  /**
   * Only a store that searches paths in its database (Neo4j) has this: the walks a path search ranks,
   * found there, so the server keeps no index. Without it paths run over the walk index.
   */
  findRouteCandidates?(query: RouteCandidateQuery): Promise<RouteCandidates>;
  /**
   * adjacency() for the ids with at most `hubDegree` relations under the filter; the others are counted in
   * the store, not read out, so a walk that meets a hub of a million relations reads a few rows.
   */
  cappedAdjacency(ids: readonly string[], filter: EdgeFilter, hubDegree: number): Promise<CappedAdjacency>;
  /** Every relation with both ends among the ids, of the filter's types and stances, light, by id. */
  adjacencyAmong(ids: readonly string[], filter: Pick<EdgeFilter, "types" | "stances">): Promise<AdjacentEdge[]>;
  /** Every relation with both ends among the ids (of the filter's types and stances when one is given), by id. */
  relationsAmong(ids: readonly string[], filter?: Pick<EdgeFilter, "types" | "stances">): Promise<GraphEdge[]>;
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
