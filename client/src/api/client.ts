// Every call the explorer makes to the HTTP API, typed. Nothing else in the client uses fetch.
import type { EntityKind } from "../../../graph/model/index.js";
import type { DuplicateProposal } from "../../../graph/resolution/find-duplicates.js";
import type { MergeRecord, MergeSummary } from "../../../graph/resolution/merge-record.js";
import type { ImportParts, ImportSummary } from "../core/imports/import-files.js";
import { ApiError, apiErrorOf, networkError } from "./api-error.js";
import { normalizePaths, normalizeSummary } from "./normalize.js";
import type {
  CypherResponse,
  EntityResponse,
  NeighborSummary,
  Graph,
  HealthOk,
  NeighbourQuery,
  NeighborsResponse,
  PathQuery,
  FoundPath,
  SchemaResponse,
  SearchResponse,
  SourceResponse,
} from "./types.js";

export { ApiError };

type Params = Record<string, string | number | readonly string[] | null | undefined>;

function queryString(params: Params): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null) continue;
    if (Array.isArray(value)) {
      if (value.length > 0) search.set(key, value.join(","));
    } else {
      search.set(key, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : "";
}

async function request<T>(what: string, path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      ...init,
      // A FormData body (an upload) gets its multipart content type, boundary included, from fetch itself.
      headers: {
        accept: "application/json",
        ...(typeof init?.body === "string" ? { "content-type": "application/json" } : {}),
      },
    });
  } catch (cause) {
    throw networkError(what, cause);
  }
  if (!response.ok) throw await apiErrorOf(response, what);
  return (await response.json()) as T;
}

const id = (value: string) => encodeURIComponent(value);

export const api = {
  health: () => request<HealthOk>("Health check", "/api/health"),

  schema: () => request<SchemaResponse>("Loading the schema", "/api/schema"),

  overview: (limit = 500, kinds?: readonly EntityKind[]) =>
    request<NeighborsResponse>("Loading the network", `/api/overview${queryString({ limit, kinds })}`),

  search: (q: string, options: { kinds?: readonly EntityKind[]; limit?: number } = {}) =>
    request<SearchResponse>(
      `Searching for “${q}”`,
      `/api/search${queryString({ q, kinds: options.kinds, limit: options.limit ?? 12 })}`,
    ).then((answer) => answer.results),

  entity: (entityId: string) => request<EntityResponse>(`Loading ${entityId}`, `/api/entities/${id(entityId)}`),

  summary: async (entityId: string): Promise<NeighborSummary> =>
    normalizeSummary(
      entityId,
      await request<unknown>(`Counting neighbours of ${entityId}`, `/api/entities/${id(entityId)}/summary`),
    ),

  neighbors: (entityId: string, query: NeighbourQuery = {}) =>
    request<NeighborsResponse>(
      `Expanding ${entityId}`,
      `/api/entities/${id(entityId)}/neighbors${queryString({
        depth: query.depth,
        types: query.types,
        stance: query.stances,
        limit: query.limit,
      })}`,
    ),

  paths: async (query: PathQuery): Promise<FoundPath[]> => {
    const answer = await request<{ paths: unknown[] }>(
      "Finding paths",
      `/api/paths${queryString({
        from: query.from,
        to: query.to,
        via: query.via,
        maxHops: query.maxHops,
        types: query.types,
        stance: query.stances,
        k: query.k,
        excludeTypes: query.excludeTypes,
        // A status list is already narrowed to the support level, and the server takes one or the other.
        support: query.statuses?.length ? undefined : query.support,
        statuses: query.statuses,
        at: query.at,
        chronological: query.chronological ? "true" : undefined,
      })}`,
    );
    return normalizePaths(answer.paths);
  },

  subgraph: (ids: readonly string[]) =>
    request<Graph>("Loading entities", "/api/subgraph", { method: "POST", body: JSON.stringify({ ids }) }),

  cypher: (query: string, params: Record<string, unknown> = {}) =>
    request<CypherResponse>("Running the query", "/api/cypher", {
      method: "POST",
      body: JSON.stringify({ query, params }),
    }),

  source: (sourceId: string) => request<SourceResponse>(`Loading source ${sourceId}`, `/api/sources/${id(sourceId)}`),

  duplicates: (limit = 100) =>
    request<{ proposals: DuplicateProposal[]; scanned: number; truncated: boolean }>(
      "Looking for duplicates",
      `/api/duplicates${queryString({ limit })}`,
    ),

  merges: (limit = 100) =>
    request<{ merges: MergeSummary[] }>("Loading the merge history", `/api/merges${queryString({ limit })}`).then(
      (answer) => answer.merges,
    ),

  merge: (body: { keep: string; merge: string; reason: string; by: string }) =>
    request<MergeRecord>(`Merging ${body.merge} into ${body.keep}`, "/api/merges", {
      method: "POST",
      body: JSON.stringify(body),
    }),

  undoMerge: (mergeId: string, { reason, by }: { reason?: string; by?: string } = {}) =>
    request<MergeRecord>(`Undoing merge ${mergeId}`, `/api/merges/${id(mergeId)}/undo`, {
      method: "POST",
      body: JSON.stringify({ ...(reason ? { reason } : {}), ...(by ? { by } : {}) }),
    }),

  /** A dry run answers what the import would write (and refuses what it would refuse) without writing. */
  importFile: ({ file, mapping }: ImportParts<File>, options: { dryRun?: boolean; skipBadRows?: boolean } = {}) => {
    const form = new FormData();
    form.append("file", file, file.name);
    if (mapping) form.append("mapping", mapping, mapping.name);
    const query = queryString({
      dryRun: options.dryRun ? "true" : undefined,
      onError: options.skipBadRows ? "skip" : undefined,
    });
    const what = options.dryRun ? `Checking ${file.name}` : `Importing ${file.name}`;
    return request<ImportSummary>(what, `/api/imports${query}`, { method: "POST", body: form });
  },
};

export type Api = typeof api;
