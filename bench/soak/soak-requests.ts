// What the soak sends: a list of request kinds, each with its share of the mix and the statuses that
// count as a right answer. A new kind (say, hostile console queries, which must be refused) is one entry.

export interface SoakRequest {
  method: "GET" | "POST";
  path: string;
  body?: unknown;
}

export interface SoakRequestKind {
  name: string;
  /** How many of every cycle of the mix are of this kind. */
  share: number;
  /** Answers with another status count as errors. */
  expectedStatuses: readonly number[];
  /** The n-th request of this kind: varied by n, so the soak does not ask the same thing again and again. */
  request: (n: number) => SoakRequest;
}

const NAMES = ["microsoft", "amazon", "jedi", "alibaba", "volkswagen", "openai", "trump", "oracle", "pentagon"];
const IDS = ["org:microsoft", "org:amazon", "contract:jedi", "person:donald-trump", "org:openai", "org:volkswagen"];
const idOf = (n: number) => IDS[n % IDS.length]!;
/** Another seed entity than idOf(n), for paths and subgraphs. */
const otherOf = (n: number) => IDS[(n + 1 + (n % (IDS.length - 1))) % IDS.length]!;

export const SOAK_REQUEST_KINDS: readonly SoakRequestKind[] = [
  {
    name: "search",
    share: 2,
    expectedStatuses: [200],
    request: (n) => ({ method: "GET", path: `/api/search?q=${NAMES[n % NAMES.length]}` }),
  },
  { name: "entity", share: 1, expectedStatuses: [200], request: (n) => get(`/api/entities/${idOf(n)}`) },
  { name: "summary", share: 1, expectedStatuses: [200], request: (n) => get(`/api/entities/${idOf(n)}/summary`) },
  {
    name: "neighbours at depth 1 and 2",
    share: 1,
    expectedStatuses: [200],
    request: (n) => get(`/api/entities/${idOf(n)}/neighbors?depth=${1 + (n % 2)}`),
  },
  {
    name: "k=3 paths",
    share: 1,
    expectedStatuses: [200],
    request: (n) => get(`/api/paths?from=${idOf(n)}&to=${otherOf(n)}&k=3`),
  },
  { name: "overview", share: 1, expectedStatuses: [200], request: () => get("/api/overview?limit=200") },
  {
    name: "subgraph",
    share: 1,
    expectedStatuses: [200],
    request: (n) => ({ method: "POST", path: "/api/subgraph", body: { ids: [idOf(n), otherOf(n)] } }),
  },
  {
    name: "console query",
    share: 1,
    expectedStatuses: [200],
    request: (n) => ({
      method: "POST",
      path: "/api/cypher",
      body: {
        query: "MATCH (a:Entity)-[r]->(b:Entity) WHERE a.id = $id RETURN a, r, b LIMIT 50",
        params: { id: idOf(n) },
      },
    }),
  },
  { name: "schema", share: 1, expectedStatuses: [200], request: () => get("/api/schema") },
  {
    name: "hostile console query",
    share: 1,
    // Each is refused before it can run (422), or the engine names why it cannot (400: LadybugDB has no
    // copy_json() without its JSON extension).
    expectedStatuses: [400, 422],
    request: (n) => ({
      method: "POST",
      path: "/api/cypher",
      body: { query: HOSTILE_QUERIES[n % HOSTILE_QUERIES.length] },
    }),
  },
  {
    name: "memory-hungry console query",
    share: 1,
    // Five distinct queries, so five really run away (the store host's memory cap or the planner's time
    // limit stops each) before repeats are refused from memory; the console may also be busy meanwhile.
    expectedStatuses: [413, 422, 503, 504],
    request: (n) => ({
      method: "POST",
      path: "/api/cypher",
      body: { query: `UNWIND range(1, ${20_000_000 + (n % 5)}) AS x RETURN count(x)` },
    }),
  },
];

/** The console attacks of issue 18: engine crashes, file reads, guard bypasses, runaway size and nesting. */
const HOSTILE_QUERIES = [
  "RETURN nodes(NULL)",
  "RETURN list_sum(NULL)",
  "RETURN map_keys(NULL)",
  "RETURN copy_json()",
  "UNWIND [1] AS as WITH as CALL `READ_CSV_SERIAL`('/etc/passwd') RETURN *",
  "UNWIND [1] AS as WITH as CALL `dbms`.listConfig('') YIELD name RETURN name",
  "UNWIND [1] AS as WITH as CALL `db`.stats.retrieve('QUERIES') YIELD data RETURN data",
  "MATCH (((a)-[]-(b))+) RETURN count(*)",
  `RETURN ${"(".repeat(3000)}1${")".repeat(3000)}`,
  `RETURN ${Array(4000).fill("1").join("+")}`,
];

function get(path: string): SoakRequest {
  return { method: "GET", path };
}

/** The kinds in the order they are sent, each repeated by its share: the mix cycles through this. */
export function mixCycle(kinds: readonly SoakRequestKind[] = SOAK_REQUEST_KINDS): SoakRequestKind[] {
  return kinds.flatMap((kind) => Array.from({ length: kind.share }, () => kind));
}

/** The i-th request of the soak and its kind; n counts the requests of that kind, from 0. */
export function soakRequest(
  i: number,
  cycle: readonly SoakRequestKind[],
): { kind: SoakRequestKind; request: SoakRequest } {
  const position = i % cycle.length;
  const kind = cycle[position]!;
  const earlierInCycle = cycle.slice(0, position).filter((k) => k === kind).length;
  const n = Math.floor(i / cycle.length) * kind.share + earlierInCycle;
  return { kind, request: kind.request(n) };
}

/** The mix in words, for the report: "search ×2, entity, summary, …". */
export function describeMix(kinds: readonly SoakRequestKind[] = SOAK_REQUEST_KINDS): string {
  return kinds.map((kind) => (kind.share > 1 ? `${kind.name} ×${kind.share}` : kind.name)).join(", ");
}
