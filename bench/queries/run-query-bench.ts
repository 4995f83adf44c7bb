// `npm run bench -- queries`: search, neighbours (depth 1 and 2), shortest path, path via a waypoint and
// k=3 paths, through the HTTP API under load from a separate process (autocannon), on Kuzu and Neo4j;
// beside each, the same work through the query layer in-process, so the server's overhead is a ratio.
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createKuzuStore } from "../../graph/kuzu/index.js";
import { createNeo4jStore } from "../../graph/neo4j/index.js";
import { createGraphQueries } from "../../graph/queries/index.js";
import type { GraphStore } from "../../graph/store.js";
import { createWalkIndexLayer } from "../../graph/walk-index/walk-index-layer.js";
import { sizeLabel } from "../args.js";
import { BENCH_OUT_DIR, writeGeneratedGraph, type GraphManifest } from "../generate/write-graph.js";
import { clearNeo4j } from "../import/run-import-bench.js";
import { BENCH_KUZU_BUFFER_POOL_BYTES, type ImportTarget } from "../import/import-target.js";
import type { ImportWorkerResult } from "../import/import-worker.js";
import type { Table } from "../report/table.js";
import type { BenchNeo4j } from "../support/bench-neo4j.js";
import { runTsChild } from "../support/child-process.js";
import { startServerProcess } from "../support/server-process.js";
import { summarize, type LatencySummary } from "../support/stats.js";
import type { LoadInput, LoadResult } from "./load-worker.js";
import { queryCases, type QueryCase } from "./query-cases.js";

export interface QueryBenchOptions {
  sizes: number[];
  seed: number;
  batchSize: number;
  duration: number;
  connections: number;
  neo4j: BenchNeo4j | undefined;
  neo4jUnavailable?: string;
  /** Sizes above this skip Neo4j (its import of them takes too long). */
  neo4jMaxSize: number;
  log: (line: string) => void;
}

const IMPORT_WORKER = new URL("../import/import-worker.ts", import.meta.url);
const LOAD_WORKER = new URL("./load-worker.ts", import.meta.url);
const MIN_RAW_SAMPLES = 5;

export async function runQueryBench(options: QueryBenchOptions): Promise<Table[]> {
  const tables: Table[] = [];
  for (const size of options.sizes) {
    const manifest = await writeGeneratedGraph({ relations: size, seed: options.seed });
    const cases = queryCases(manifest.targets);
    const rows: Table["rows"] = [];
    const notes: string[] = [];

    const kuzuDir = await kuzuWithGraph(manifest, options);
    rows.push(
      ...(await measureStore(
        "Kuzu",
        { store: "kuzu", dataDir: kuzuDir, bufferPoolBytes: BENCH_KUZU_BUFFER_POOL_BYTES },
        cases,
        options,
      )),
    );

    if (options.neo4j && size > options.neo4jMaxSize) {
      rows.push(["Neo4j", "all", `not run at this size (--neo4j-max ${options.neo4jMaxSize})`]);
    } else if (options.neo4j) {
      const neo4j = options.neo4j;
      const target: ImportTarget = { store: "neo4j", uri: neo4j.uri, user: neo4j.user, password: neo4j.password };
      try {
        options.log(`queries: importing ${size} relations into Neo4j`);
        await clearNeo4j(neo4j);
        await runTsChild<ImportWorkerResult>(
          IMPORT_WORKER,
          { folder: manifest.folder, target, batchSize: options.batchSize },
          { timeoutMs: 3 * 60 * 60 * 1000 },
        );
        rows.push(...(await measureStore("Neo4j", target, cases, options, notes)));
      } catch (error) {
        rows.push(["Neo4j", "all", `FAILED: ${(error as Error).message.split("\n")[0]}`]);
      }
    } else {
      rows.push(["Neo4j", "all", `not run: ${options.neo4jUnavailable ?? "no Neo4j"}`]);
    }
    notes.push(
      `Graph: ${size} relations, ${Object.values(manifest.shape.entities).reduce((a, b) => a + b, 0)} entities, seed ${options.seed}; ` +
        `targets: ordinary people/firms (degree 2-30) from the manifest, waypoint = the busiest organization (${manifest.targets.via}).`,
      `Raw = the same call on the query layer (createGraphQueries) in-process, one at a time. HTTP c=1 = one connection, ` +
        `so its p50 ÷ raw p50 is the server's overhead; HTTP c=${options.connections} = ${options.connections} connections for ${options.duration} s (autocannon, separate process).`,
      "Latencies in ms; raw n = calls measured. The HTTP paths also resolve from/to/via (one entity lookup each), which the raw call skips. " +
        "A dash under HTTP means no response came back within the run (autocannon gives up on a request after 30 s).",
    );
    tables.push({
      section: `queries-${sizeLabel(size)}`,
      title: `Queries on ${size.toLocaleString("en-US")} relations`,
      headers: [
        "store",
        "query",
        "raw p50",
        "raw p99",
        "raw n",
        "HTTP c=1 p50",
        "HTTP c=1 p99",
        "overhead ×",
        `c=${options.connections} p50`,
        `c=${options.connections} p95`,
        `c=${options.connections} p99`,
        "req/s",
        "errors",
      ],
      rows,
      notes,
    });
  }
  return tables;
}

/** A Kuzu folder holding the graph, imported once per size and seed and kept in bench/out/. */
async function kuzuWithGraph(manifest: GraphManifest, options: QueryBenchOptions): Promise<string> {
  const dir = join(BENCH_OUT_DIR, `kuzu-r${manifest.relations}-s${manifest.seed}`);
  const done = join(dir, "imported.json");
  if (existsSync(done)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  options.log(`queries: importing ${manifest.relations} relations into Kuzu`);
  const result = await runTsChild<ImportWorkerResult>(
    IMPORT_WORKER,
    {
      folder: manifest.folder,
      target: { store: "kuzu", dataDir: dir, bufferPoolBytes: BENCH_KUZU_BUFFER_POOL_BYTES },
      batchSize: options.batchSize,
    },
    { timeoutMs: 3 * 60 * 60 * 1000 },
  );
  writeFileSync(done, JSON.stringify(result));
  return dir;
}

async function measureStore(
  name: string,
  target: ImportTarget,
  cases: QueryCase[],
  options: QueryBenchOptions,
  notes: string[] = [],
): Promise<Table["rows"]> {
  options.log(`queries: ${name}, raw`);
  const { results: raw, failures: rawFailures } = await measureRaw(target, cases, options.duration);
  const rows: Table["rows"] = [];
  options.log(`queries: ${name}, over HTTP`);
  const server = await startServerProcess(target);
  let results: LoadResult[];
  try {
    const input: LoadInput = {
      url: server.url,
      cases: cases.map(({ name, paths }) => ({ name, paths })),
      connections: [1, options.connections],
      durationSeconds: options.duration,
    };
    const timeoutMs = (cases.length * 2 * (options.duration + 15) + 60) * 1000;
    results = await runTsChild<LoadResult[]>(LOAD_WORKER, input, { timeoutMs });
  } finally {
    await server.stop();
  }
  for (const queryCase of cases) {
    const single = results.find((r) => r.name === queryCase.name && r.connections === 1)!;
    const loaded = results.find((r) => r.name === queryCase.name && r.connections === options.connections)!;
    const own = raw.get(queryCase.name);
    const rawFailure = rawFailures.get(queryCase.name);
    if (rawFailure) notes.push(`${name} ${queryCase.name}: the in-process call failed: ${rawFailure}`);
    const failures = single.errors + single.non2xx + loaded.errors + loaded.non2xx;
    rows.push([
      name,
      queryCase.name,
      own?.p50,
      own?.p99,
      own?.count,
      single.latency.p50,
      single.latency.p99,
      own && single.latency.p50 ? (single.latency.p50 / own.p50).toFixed(2) : undefined,
      loaded.latency.p50,
      loaded.latency.p95,
      loaded.latency.p99,
      loaded.requestsPerSecond,
      failures,
    ]);
  }
  return rows;
}

async function openStore(target: ImportTarget): Promise<GraphStore> {
  if (target.store === "kuzu")
    return createKuzuStore({ dataDir: target.dataDir, bufferPoolBytes: target.bufferPoolBytes });
  return createNeo4jStore({ uri: target.uri, user: target.user, password: target.password });
}

/** Each query's calls in turn, after one warm-up round, for about `seconds` (at least 5 calls). */
async function measureRaw(target: ImportTarget, cases: QueryCase[], seconds: number) {
  const store = await openStore(target);
  const results = new Map<string, LatencySummary>();
  const failures = new Map<string, string>();
  try {
    const walks = createWalkIndexLayer(store, { maxAgeMs: Infinity });
    const queries = createGraphQueries(walks.store, { walkIndex: walks.current });
    for (const queryCase of cases) {
      try {
        for (const call of queryCase.raw) await call(queries);
      } catch (error) {
        failures.set(queryCase.name, (error as Error).message.split("\n")[0]!);
        continue;
      }
      const samples: number[] = [];
      const until = performance.now() + seconds * 1000;
      for (let i = 0; samples.length < MIN_RAW_SAMPLES || performance.now() < until; i++) {
        const started = performance.now();
        await queryCase.raw[i % queryCase.raw.length]!(queries);
        samples.push(performance.now() - started);
        if (samples.length >= 5_000) break;
      }
      results.set(queryCase.name, summarize(samples));
    }
  } finally {
    await store.close();
  }
  return { results, failures };
}
