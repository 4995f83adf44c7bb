// The store-independent query layer the server and CLI use: search, entity, neighbourhood, paths,
// subgraph, schema, sources and read-only Cypher, each validating its input and naming bad parameters.
import { createConsoleSlots, type ConsoleSlotLimits } from "./console-slots.js";
import { z } from "zod";
import { assertReadOnlyCypher, DEFAULT_MAX_VARIABLE_LENGTH_HOPS } from "../cypher/read-only-guard.js";
import { NotFoundError, TooLargeError } from "../errors.js";
import { EntityId } from "../model/entity.js";
import { sortGraph, type Graph, type GraphEdge, type GraphNode } from "../model/graph.js";
import { foldedTermsOf } from "../model/search-text.js";
import {
  ENTITY_KINDS,
  RELATION_TYPES,
  stanceOf,
  type EntityKind,
  type RelationType,
  type Stance,
} from "../model/vocabulary.js";
import type { GraphStore, StoreCounts } from "../store.js";
import { createWalkIndexLayer } from "../walk-index/walk-index-layer.js";
import type { WalkIndex } from "../walk-index/walk-index.js";
import { findPaths, type FoundPath, type PathsOptions } from "./find-paths.js";
import { routeFinderOverIndex, type RouteFilter, type RouteFinder } from "./route-finder.js";
import { routeFinderOverStore } from "./store-route-finder.js";
import { hydrate } from "./hydrate.js";
import { CypherInput, NeighborsInput, OverviewInput, parseId, parseInput, SearchInput } from "./input.js";
import { hubSummaryOf, type HubSummary, summarizeNeighbors, type NeighborSummary } from "./neighbor-summary.js";
import { expandNeighborhood } from "./neighborhood.js";
import { describeSearchHits } from "./search-hit-context.js";
import { rankSearchHits, type SearchHit } from "./search-ranking.js";

export interface GraphQueriesOptions {
  cypher?: { maxRows?: number; timeoutMs?: number; maxVariableLengthHops?: number; slots?: ConsoleSlotLimits };
  /** The most ids a subgraph request may name. */
  maxSubgraphIds?: number;
  /**
   * The walk index path searches run on, as of the store's last relation write: a kept one from
   * createWalkIndexLayer (whose `store` must then be the one given here). Without it, a store that
   * searches paths in its database (findRouteCandidates: Neo4j) is asked, and any other reads its
   * relation ends afresh for each path search, which is always right but costs a full read.
   */
  walkIndex?: () => Promise<WalkIndex>;
}

export interface NeighborsOptions {
  depth?: number;
  types?: RelationType[];
  stances?: Stance[];
  direction?: "out" | "in" | "both";
  limit?: number;
  /** Beyond the start, entities with more relations than this are counted, not walked through. */
  hubDegree?: number;
}

export interface SchemaSummary {
  kinds: { kind: EntityKind; count: number }[];
  relationTypes: { type: RelationType; stance: Stance; count: number }[];
}

export interface CypherAnswer {
  columns: string[];
  rows: unknown[][];
  truncated: boolean;
  /** The entities and relations the result referred to (with both ends of each relation), to draw. */
  graph: Graph;
}

export type GraphQueries = ReturnType<typeof createGraphQueries>;

export const DEFAULT_CYPHER_MAX_ROWS = 1_000;
export const DEFAULT_CYPHER_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_SUBGRAPH_IDS = 5_000;

export function createGraphQueries(store: GraphStore, options: GraphQueriesOptions = {}) {
  const cypherLimits = {
    maxRows: options.cypher?.maxRows ?? DEFAULT_CYPHER_MAX_ROWS,
    timeoutMs: options.cypher?.timeoutMs ?? DEFAULT_CYPHER_TIMEOUT_MS,
  };
  const maxHops = options.cypher?.maxVariableLengthHops ?? DEFAULT_MAX_VARIABLE_LENGTH_HOPS;
  const consoleSlots = createConsoleSlots(options.cypher?.slots);
  const maxSubgraphIds = options.maxSubgraphIds ?? DEFAULT_MAX_SUBGRAPH_IDS;
  const inDatabase = options.walkIndex ? undefined : store.findRouteCandidates?.bind(store);
  const walkIndex = inDatabase
    ? undefined
    : (options.walkIndex ?? createWalkIndexLayer(store, { maxAgeMs: 0 }).current);
  const routeFinderFor = async (filter: RouteFilter): Promise<RouteFinder> =>
    inDatabase ? routeFinderOverStore(inDatabase, filter) : routeFinderOverIndex(await walkIndex!(), filter);

  async function getEntity(id: string, parameter = "id"): Promise<GraphNode> {
    const [node] = await store.getEntities([parseId(id, parameter)]);
    if (!node) throw new NotFoundError(`No entity with id ${id}`, { parameter, id });
    return node;
  }

  async function search(q: string, opts: { kinds?: EntityKind[]; limit?: number } = {}) {
    const input = parseInput(SearchInput, { q, kinds: opts.kinds, limit: opts.limit });
    const kinds = input.kinds && input.kinds.length > 0 ? input.kinds : undefined;
    const terms = foldedTermsOf(input.q);
    const options = { kinds, limit: Math.min(Math.max(input.limit * 10, 100), 1_000) };
    const spelledRight = await store.searchCandidates(terms, options);
    // Near spellings only fill up what the query spelled right leaves free, so they never crowd it out.
    const near =
      spelledRight.length < input.limit && terms.length > 0
        ? await store.searchCandidates(terms, { ...options, fuzzy: true })
        : [];
    const candidates = [...spelledRight, ...near];
    const hits = rankSearchHits(input.q, candidates, input.limit) satisfies SearchHit[];
    const nodes = new Map(candidates.map((node) => [node.id, node]));
    return { results: await describeSearchHits(store, hits, nodes) };
  }

  async function subgraphOf(entityIds: readonly string[], relationIds: readonly string[]): Promise<Graph> {
    const edges = relationIds.length > 0 ? await store.getRelations([...new Set(relationIds)]) : [];
    const endIds = edges.flatMap((edge) => [edge.source, edge.target]);
    const { nodes } = await hydrate(store, [...entityIds, ...endIds], []);
    return sortGraph({ nodes: [...nodes.values()], edges });
  }

  return {
    search,

    /** An exact id, else the best search hit for the text. */
    async resolveEntity(nameOrId: string): Promise<GraphNode> {
      const text = typeof nameOrId === "string" ? nameOrId.trim() : "";
      if (EntityId.safeParse(text).success) {
        const [node] = await store.getEntities([text]);
        if (node) return node;
      }
      const hit = /[\p{L}\p{N}]/u.test(text) ? (await search(text, { limit: 1 })).results[0] : undefined;
      if (!hit) throw new NotFoundError(`No entity matches "${text}"`, { parameter: "nameOrId", text });
      return getEntity(hit.id);
    },

    async entity(id: string): Promise<{ entity: GraphNode; relations: GraphEdge[] }> {
      const entity = await getEntity(id);
      const relations = sortGraph({ nodes: [], edges: await store.relationsOf(entity.id) }).edges;
      return { entity, relations };
    },

    async neighborSummary(id: string): Promise<NeighborSummary> {
      const entity = await getEntity(id);
      return summarizeNeighbors(entity.id, await store.adjacency([entity.id], { direction: "both" }));
    },

    async neighbors(
      id: string,
      opts: NeighborsOptions = {},
    ): Promise<Graph & { truncated: boolean; total: number; hubs: HubSummary[] }> {
      const input = parseInput(NeighborsInput, { id, ...opts });
      await getEntity(input.id);
      const filter = { types: input.types, stances: input.stances, direction: "both" as const };
      const found = await expandNeighborhood(
        input.id,
        { depth: input.depth, limit: input.limit, direction: input.direction },
        {
          around: (start) => store.adjacency([start], filter),
          capped: (ids) => store.cappedAdjacency(ids, filter, input.hubDegree),
          among: (ids) => store.relationsAmong(ids, filter),
        },
      );
      const graph = sortGraph({ nodes: await store.getEntities(found.nodeIds), edges: found.edges });
      return { ...graph, truncated: found.truncated, total: found.total, hubs: found.hubs.map(hubSummaryOf) };
    },

    paths(opts: PathsOptions): Promise<{ paths: FoundPath[] }> {
      return findPaths(store, routeFinderFor, opts);
    },

    /**
     * Builds what path searches need before the first request does (seconds at a million relations);
     * answers whether there was anything to build (nothing when the database searches paths).
     */
    async prepare(): Promise<boolean> {
      if (!walkIndex) return false;
      await walkIndex();
      return true;
    },

    /** The most connected entities (up to limit) and every relation among them: the first screen. */
    async overview(
      opts: { kinds?: EntityKind[]; limit?: number } = {},
    ): Promise<Graph & { truncated: boolean; total: number }> {
      const input = parseInput(OverviewInput, opts);
      const kinds = input.kinds && input.kinds.length > 0 ? input.kinds : undefined;
      const ids = await store.listEntityIds({ kinds, limit: input.limit + 1 });
      const truncated = ids.length > input.limit;
      const shown = ids.slice(0, input.limit);
      const nodes = await store.getEntities(shown);
      const graph = sortGraph({ nodes, edges: shown.length > 0 ? await store.relationsAmong(shown) : [] });
      const total = truncated ? (await store.counts()).entities : shown.length;
      return { ...graph, truncated, total };
    },

    /** The entities with these ids and every relation among them. */
    async subgraph(ids: string[]): Promise<Graph> {
      const list = parseInput(z.object({ ids: z.array(z.string()) }), { ids }).ids;
      const unique = [...new Set(list)];
      if (unique.length > maxSubgraphIds) {
        throw new TooLargeError(`A subgraph may name at most ${maxSubgraphIds} ids; got ${unique.length}`, {
          parameter: "ids",
          limit: maxSubgraphIds,
          count: unique.length,
        });
      }
      unique.forEach((id, i) => parseId(id, `ids.${i}`));
      if (unique.length === 0) return { nodes: [], edges: [] };
      const nodes = await store.getEntities(unique);
      const missing = unique.filter((id) => !nodes.some((node) => node.id === id));
      if (missing.length > 0) {
        throw new NotFoundError(`No entity with id ${missing.slice(0, 10).join(", ")}`, { parameter: "ids", missing });
      }
      return sortGraph({ nodes, edges: await store.relationsAmong(unique) });
    },

    /** Every kind and relation type of the vocabulary with how many the store holds (zero included). */
    async schema(): Promise<SchemaSummary> {
      const counts = await store.schemaCounts();
      const kindCount = new Map(counts.kinds.map((row) => [row.kind, row.count]));
      const typeCount = new Map(counts.relationTypes.map((row) => [row.type, row.count]));
      return {
        kinds: ENTITY_KINDS.map((kind) => ({ kind, count: kindCount.get(kind) ?? 0 })),
        relationTypes: RELATION_TYPES.map((type) => ({
          type,
          stance: stanceOf(type),
          count: typeCount.get(type) ?? 0,
        })),
      };
    },

    async source(id: string): Promise<{ source: GraphNode; supports: GraphEdge[] }> {
      const source = await getEntity(id);
      if (source.kind !== "Source") {
        throw new NotFoundError(`${id} is a ${source.kind}, not a source`, { parameter: "id", id, kind: source.kind });
      }
      const supports = sortGraph({ nodes: [], edges: await store.relationsCiting(source.id) }).edges;
      return { source, supports };
    },

    /** Runs a query that passes the read-only guard, within the row, time and hop limits. */
    async cypher(query: string, params: Record<string, unknown> = {}): Promise<CypherAnswer> {
      const input = parseInput(CypherInput, { query, params });
      assertReadOnlyCypher(input.query, { maxVariableLengthHops: maxHops });
      const result = await consoleSlots.run(() => store.runReadOnlyCypher(input.query, input.params, cypherLimits));
      const graph = await subgraphOf(result.entityIds, result.relationIds);
      return { columns: result.columns, rows: result.rows, truncated: result.truncated, graph };
    },

    health(): Promise<StoreCounts> {
      return store.counts();
    },
  };
}
