// Drives every API route with fast-check input and checks what any client may rely on: no 5xx but the
// ones a route means (503/504), no hang, JSON always, and every 4xx in our { error: { code, message,
// details } } shape without a stack trace. Counts the cases and statuses for the test output.
import fc from "fast-check";
import { anyJson, cypherParams, cypherish, hostileQuery, hostileSegment, hostileText } from "./hostile-input.js";
import { hostileUpload } from "./hostile-uploads.js";

export interface FuzzRequest {
  method: "GET" | "POST";
  path: string;
  contentType?: string;
  body?: string;
}

export interface FuzzRoute {
  /** The route as the OpenAPI document names it. */
  name: string;
  request: fc.Arbitrary<FuzzRequest>;
  /** 5xx statuses this route answers on purpose with the store up: 504 for a console query past its limit. */
  intended5xx: readonly number[];
  /** A route whose 200 is a file (GEXF, CSV, ...), not JSON; its errors are JSON all the same. */
  answersFiles?: boolean;
}

const get = (path: fc.Arbitrary<string>): fc.Arbitrary<FuzzRequest> => path.map((p) => ({ method: "GET", path: p }));

const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "application/json; charset=latin1",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/xml",
  "",
] as const;

function post(path: string, json: fc.Arbitrary<unknown>): fc.Arbitrary<FuzzRequest> {
  const asJson = json.map((value) => ({
    method: "POST" as const,
    path,
    contentType: "application/json",
    body: JSON.stringify(value) ?? "null",
  }));
  const raw = fc
    .tuple(
      fc.constantFrom(...CONTENT_TYPES),
      fc.oneof(
        hostileText,
        json.map((v) => JSON.stringify(v) ?? ""),
      ),
    )
    .map(([contentType, body]) => ({ method: "POST" as const, path, contentType, body }));
  return fc.oneof({ arbitrary: asJson, weight: 4 }, { arbitrary: raw, weight: 1 });
}

const segment = hostileSegment;
const REAL_IDS = ["org:microsoft", "contract:jedi", "src:000", "org:does-not-exist"] as const;
/**
 * The merge route is sent REAL_IDS (no two of one mergeable kind) and hostile text; hostile text also
 * holds the ids of other seed entities, and org:amazon with org:microsoft is a merge that succeeds.
 */
const OTHER_REAL_ENTITY_IDS: readonly string[] = ["org:amazon", "person:donald-trump", "src:004"];
const unmergeableText = hostileText.filter((text) => !OTHER_REAL_ENTITY_IDS.includes(text));
const q = hostileQuery;

export const FUZZ_ROUTES: readonly FuzzRoute[] = [
  { name: "GET /api/health", request: get(q(["x"]).map((s) => `/api/health${s}`)), intended5xx: [] },
  { name: "GET /api/search", request: get(q(["q", "kinds", "limit"]).map((s) => `/api/search${s}`)), intended5xx: [] },
  { name: "GET /api/entities/{id}", request: get(segment.map((id) => `/api/entities/${id}`)), intended5xx: [] },
  {
    name: "GET /api/entities/{id}/summary",
    request: get(segment.map((id) => `/api/entities/${id}/summary`)),
    intended5xx: [],
  },
  {
    name: "GET /api/entities/{id}/neighbors",
    request: get(
      fc
        .tuple(segment, q(["depth", "types", "stance", "direction", "limit"]))
        .map(([id, s]) => `/api/entities/${id}/neighbors${s}`),
    ),
    intended5xx: [],
  },
  {
    name: "GET /api/paths",
    request: get(q(["from", "to", "via", "maxHops", "types", "stance", "k", "directed"]).map((s) => `/api/paths${s}`)),
    intended5xx: [],
  },
  { name: "GET /api/overview", request: get(q(["kinds", "limit"]).map((s) => `/api/overview${s}`)), intended5xx: [] },
  { name: "GET /api/schema", request: get(q(["kinds"]).map((s) => `/api/schema${s}`)), intended5xx: [] },
  { name: "GET /api/sources/{id}", request: get(segment.map((id) => `/api/sources/${id}`)), intended5xx: [] },
  { name: "GET /api/openapi.json", request: get(q(["format"]).map((s) => `/api/openapi.json${s}`)), intended5xx: [] },
  {
    name: "POST /api/subgraph",
    request: post(
      "/api/subgraph",
      fc.oneof(
        fc.record({ ids: fc.array(fc.oneof(hostileText, anyJson), { maxLength: 30 }) }),
        fc.record({
          ids: fc.array(fc.constantFrom(...REAL_IDS), { minLength: 1 }),
        }),
        fc.record({ ids: anyJson, extra: fc.option(anyJson) }, { requiredKeys: [] }),
        anyJson,
      ),
    ),
    intended5xx: [],
  },
  {
    name: "GET /api/export",
    request: get(q(["format", "ids"]).map((s) => `/api/export${s}`)),
    intended5xx: [],
    answersFiles: true,
  },
  {
    name: "POST /api/export",
    request: post(
      "/api/export",
      fc.oneof(
        fc.record(
          {
            format: fc.oneof(
              fc.constantFrom("gexf", "graphml", "graphology", "csv-nodes", "csv-edges", "cypher"),
              hostileText,
            ),
            ids: fc.oneof(fc.array(fc.oneof(fc.constantFrom(...REAL_IDS), hostileText), { maxLength: 10 }), anyJson),
            layout: anyJson,
          },
          { requiredKeys: [] },
        ),
        anyJson,
      ),
    ),
    intended5xx: [],
    answersFiles: true,
  },
  {
    name: "POST /api/cypher",
    request: post(
      "/api/cypher",
      fc.oneof(
        { arbitrary: fc.record({ query: cypherish }), weight: 3 },
        { arbitrary: fc.record({ query: cypherish, params: cypherParams }), weight: 3 },
        { arbitrary: fc.record({ query: anyJson, params: anyJson, limit: anyJson }, { requiredKeys: [] }), weight: 1 },
        { arbitrary: anyJson, weight: 1 },
      ),
    ),
    intended5xx: [504],
  },
  {
    name: "GET /api/duplicates",
    request: get(q(["kinds", "limit", "threshold"]).map((s) => `/api/duplicates${s}`)),
    intended5xx: [],
  },
  { name: "GET /api/merges", request: get(q(["limit"]).map((s) => `/api/merges${s}`)), intended5xx: [] },
  { name: "GET /api/merges/{id}", request: get(segment.map((id) => `/api/merges/${id}`)), intended5xx: [] },
  {
    // Only ids that cannot merge (one entity, two kinds, a Source, a missing one): the store must stay as it was.
    name: "POST /api/merges",
    request: post(
      "/api/merges",
      fc.oneof(
        fc.record(
          {
            keep: fc.oneof(fc.constantFrom(...REAL_IDS), unmergeableText),
            merge: fc.oneof(fc.constantFrom(...REAL_IDS), unmergeableText),
            reason: fc.oneof(hostileText, anyJson),
            by: fc.oneof(hostileText, anyJson),
          },
          { requiredKeys: ["keep", "merge"] },
        ),
        anyJson,
      ),
    ),
    intended5xx: [],
  },
  {
    name: "POST /api/merges/{id}/undo",
    request: segment.chain((id) =>
      post(`/api/merges/${id}/undo`, fc.oneof(fc.record({ reason: hostileText, by: hostileText }), anyJson)),
    ),
    intended5xx: [],
  },
  {
    // Multipart forms that cannot import (or only dry runs), and bodies of every other type: the store stays as it was.
    name: "POST /api/imports",
    request: fc.oneof({ arbitrary: hostileUpload, weight: 3 }, { arbitrary: post("/api/imports", anyJson), weight: 1 }),
    intended5xx: [],
  },
];

export interface FuzzTally {
  cases: number;
  byStatus: Map<number, number>;
}

export function newTally(): FuzzTally {
  return { cases: 0, byStatus: new Map() };
}

export function describeTally(tally: FuzzTally): string {
  return [...tally.byStatus.entries()]
    .sort(([a], [b]) => a - b)
    .map(([status, count]) => `${status}×${count}`)
    .join(" ");
}

/** Sends one request and throws (with the request in the message) when the answer breaks a promise. */
/** The error code each status must carry, so a client can trust either one. */
const CODE_BY_STATUS: Record<number, string> = {
  400: "invalid_input",
  401: "unauthorized",
  404: "not_found",
  409: "conflict",
  413: "too_large",
  415: "unsupported_media_type",
  422: "query_refused",
  429: "rate_limited",
  431: "too_large",
  503: "store_unavailable",
  504: "query_timeout",
};

/** Node's HTTP parser answers 431 for an over-long request line before any route is chosen. */
const TRANSPORT_STATUSES = [431];

/** The statuses the OpenAPI document lists for each route, keyed like FuzzRoute.name. */
export function documentedStatuses(openapi: {
  paths: Record<string, Record<string, { responses?: Record<string, unknown> }>>;
}): Map<string, number[]> {
  const statuses = new Map<string, number[]>();
  for (const [path, operations] of Object.entries(openapi.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      statuses.set(`${method.toUpperCase()} ${path}`, Object.keys(operation.responses ?? {}).map(Number));
    }
  }
  return statuses;
}

export async function checkOne(
  baseUrl: string,
  route: FuzzRoute,
  request: FuzzRequest,
  tally: FuzzTally,
  timeoutMs: number,
  documented: readonly number[],
): Promise<void> {
  const headers: Record<string, string> = {};
  if (request.contentType) headers["content-type"] = request.contentType;
  let response: Response;
  let text: string;
  const started = performance.now();
  try {
    response = await fetch(`${baseUrl}${request.path}`, {
      method: request.method,
      headers,
      body: request.body,
      signal: AbortSignal.timeout(timeoutMs),
    });
    text = await response.text();
  } catch (error) {
    const why = (error as Error).name === "TimeoutError" ? `no answer within ${timeoutMs} ms` : String(error);
    throw new Error(`${route.name}: ${why} for ${show(request)}`, { cause: error });
  }
  tally.cases++;
  tally.byStatus.set(response.status, (tally.byStatus.get(response.status) ?? 0) + 1);
  const problems = problemsOf(response, text, route, documented);
  if (problems.length > 0) {
    const ms = Math.round(performance.now() - started);
    throw new Error(
      `${route.name}: ${problems.join("; ")} (${ms} ms)\nrequest: ${show(request)}\nbody: ${text.slice(0, 400)}`,
    );
  }
}

function problemsOf(response: Response, text: string, route: FuzzRoute, documented: readonly number[]): string[] {
  const problems: string[] = [];
  const status = response.status;
  if (status >= 500 && !route.intended5xx.includes(status)) problems.push(`status ${status}`);
  if (!documented.includes(status) && !TRANSPORT_STATUSES.includes(status)) {
    problems.push(`status ${status} is not in the route's OpenAPI responses (${documented.join(", ")})`);
  }
  if (route.answersFiles && status < 400) return problems;
  if (!(response.headers.get("content-type") ?? "").startsWith("application/json")) {
    problems.push(`content-type ${response.headers.get("content-type")}`);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    problems.push("body is not JSON");
  }
  if (status >= 400) {
    const error = (body as { error?: Record<string, unknown> } | undefined)?.error;
    const shaped =
      error &&
      typeof error.code === "string" &&
      error.code.length > 0 &&
      typeof error.message === "string" &&
      error.message.length > 0 &&
      typeof error.details === "object" &&
      error.details !== null &&
      !Array.isArray(error.details);
    if (!shaped) problems.push("error body is not { error: { code, message, details } }");
    else if (CODE_BY_STATUS[status] && error.code !== CODE_BY_STATUS[status]) {
      problems.push(`status ${status} with code ${String(error.code)}, expected ${CODE_BY_STATUS[status]}`);
    }
    if (/\bat .+:\d+:\d+\)?/.test(text) || /"stack"/.test(text)) problems.push("error body has a stack trace");
  }
  return problems;
}

function show(request: FuzzRequest): string {
  const body =
    request.body === undefined ? "" : ` [${request.contentType ?? "no content-type"}] ${request.body.slice(0, 300)}`;
  return `${request.method} ${request.path.slice(0, 300)}${body}`;
}
