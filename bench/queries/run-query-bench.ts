// `npm run bench -- queries`: search, neighbours (depth 1 and 2), shortest path, path via a waypoint and
// k=3 paths, through the HTTP API under load from a separate process (autocannon), on the embedded store
// (Kuzu 0.11 and LadybugDB, with their ratios in a table of their own) and on Neo4j; beside each, the same
// work through the query layer in a process of its own, so the server's overhead is a ratio.
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { EmbeddedEngineName } from "../../graph/kuzu/index.js";
import { sizeLabel } from "../args.js";
import { BENCH_OUT_DIR, writeGeneratedGraph, type GraphManifest } from "../generate/write-graph.js";
import { clearNeo4j } from "../import/run-import-bench.js";
import { BENCH_KUZU_BUFFER_POOL_BYTES, type ImportTarget } from "../import/import-target.js";
import type { ImportWorkerResult } from "../import/import-worker.js";
import type { Table } from "../report/table.js";
import type { BenchNeo4j } from "../support/bench-neo4j.js";
import { runTsChild } from "../support/child-process.js";
import { benchEngines } from "../support/embedded-engines.js";
import { startServerProcess } from "../support/server-process.js";
import { engineComparisonTable, type StoreMeasurements } from "./engine-comparison.js";
import type { LoadInput, LoadResult } from "./load-worker.js";
import { queryCases, type QueryCase } from "./query-cases.js";
import type { RawInput, RawResult } from "./raw-worker.js";

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
const RAW_WORKER = new URL("./raw-worker.ts", import.meta.url);

export async function runQueryBench(options: QueryBenchOptions): Promise<Table[]> {
  const tables: Table[] = [];
  for (const size of options.sizes) {
    const manifest = await writeGeneratedGraph({ relations: size, seed: options.seed });
    const cases = queryCases(manifest.targets);
    const rows: Table["rows"] = [];
    const notes: string[] = [];

    const embedded: { label: string; engine: EmbeddedEngineName; measured: StoreMeasurements }[] = [];
    for (const { engine, label } of benchEngines()) {
      try {
        const dataDir = await embeddedStoreWithGraph(manifest, engine, options);
        const target: ImportTarget = { store: "kuzu", engine, dataDir, bufferPoolBytes: BENCH_KUZU_BUFFER_POOL_BYTES };
        const measured = await measureStore(label, target, manifest, cases, options, notes);
        rows.push(...rowsOf(label, cases, measured));
        embedded.push({ label, engine, measured });
      } catch (error) {
        rows.push([label, "all", `FAILED: ${(error as Error).message.split("\n")[0]}`]);
      }
    }

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
        rows.push(...rowsOf("Neo4j", cases, await measureStore("Neo4j", target, manifest, cases, options, notes)));
      } catch (error) {
        rows.push(["Neo4j", "all", `FAILED: ${(error as Error).message.split("\n")[0]}`]);
      }
    } else {
      rows.push(["Neo4j", "all", `not run: ${options.neo4jUnavailable ?? "no Neo4j"}`]);
    }
    notes.push(
      `Graph: ${size} relations, ${Object.values(manifest.shape.entities).reduce((a, b) => a + b, 0)} entities, seed ${options.seed}; ` +
        `targets: ordinary people/firms (degree 2-30) from the manifest, waypoint = the busiest organization (${manifest.targets.via}).`,
      `Raw = the same call on the query layer (createGraphQueries) over the store in a process of its own, one at a time. HTTP c=1 = one connection, ` +
        `so its p50 ÷ raw p50 is the server's overhead; HTTP c=${options.connections} = ${options.connections} connections for ${options.duration} s (autocannon, separate process).`,
      "Latencies in ms; raw n = calls measured. The HTTP paths also resolve from/to/via (one entity lookup each), which the raw call skips. " +
        "A dash under HTTP means no response came back within the run (autocannon gives up on a request after 30 s).",
    );
    const section = `queries-${sizeLabel(size)}`;
    tables.push({
      section,
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
    const kuzu = embedded.find((e) => e.engine === "kuzu-0.11");
    const ladybug = embedded.find((e) => e.engine === "ladybug");
    if (kuzu && ladybug)
      tables.push(engineComparisonTable({ section, size, connections: options.connections, kuzu, ladybug }));
  }
  return tables;
}

/** An embedded store holding the graph, imported once per engine, size and seed and kept in bench/out/. */
async function embeddedStoreWithGraph(
  manifest: GraphManifest,
  engine: EmbeddedEngineName,
  options: QueryBenchOptions,
): Promise<string> {
  const dir = join(BENCH_OUT_DIR, `${engine}-r${manifest.relations}-s${manifest.seed}`);
  const done = join(dir, "imported.json");
  if (existsSync(done)) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  options.log(`queries: importing ${manifest.relations} relations into the embedded store on ${engine}`);
  const result = await runTsChild<ImportWorkerResult>(
    IMPORT_WORKER,
    {
      folder: manifest.folder,
      target: { store: "kuzu", engine, dataDir: dir, bufferPoolBytes: BENCH_KUZU_BUFFER_POOL_BYTES },
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
  manifest: GraphManifest,
  cases: QueryCase[],
  options: QueryBenchOptions,
  notes: string[],
): Promise<StoreMeasurements> {
  options.log(`queries: ${name}, raw`);
  const rawInput: RawInput = { target, targets: manifest.targets, seconds: options.duration };
  const rawTimeoutMs = (cases.length * (options.duration + 120) + 120) * 1000;
  const raw = await runTsChild<RawResult[]>(RAW_WORKER, rawInput, { timeoutMs: rawTimeoutMs });
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
  const measured: StoreMeasurements = new Map();
  for (const queryCase of cases) {
    const own = raw.find((r) => r.name === queryCase.name);
    if (own?.failure) notes.push(`${name} ${queryCase.name}: the in-process call failed: ${own.failure}`);
    const single = results.find((r) => r.name === queryCase.name && r.connections === 1)!;
    const loaded = results.find((r) => r.name === queryCase.name && r.connections === options.connections)!;
    measured.set(queryCase.name, { raw: own?.latency, single, loaded });
  }
  return measured;
}

function rowsOf(name: string, cases: QueryCase[], measured: StoreMeasurements): Table["rows"] {
  return cases.map(({ name: query }) => {
    const { raw, single, loaded } = measured.get(query)!;
    const failures = single.errors + single.non2xx + loaded.errors + loaded.non2xx;
    return [
      name,
      query,
      raw?.p50,
      raw?.p99,
      raw?.count,
      single.latency.p50,
      single.latency.p99,
      raw && single.latency.p50 ? (single.latency.p50 / raw.p50).toFixed(2) : undefined,
      loaded.latency.p50,
      loaded.latency.p95,
      loaded.latency.p99,
      loaded.requestsPerSecond,
      failures,
    ];
  });
}
