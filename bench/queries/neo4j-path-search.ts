// `npm run bench -- neo4j-paths`: paths on Neo4j searched by Cypher in the database (the default) against
// the walk index kept in the server (NEO4J_PATH_SEARCH=walk-index), in one run on one generated graph.
// Each over HTTP (the server's own wiring, one request at a time), beside the time of the database's path
// query inside the same requests, so HTTP ÷ Cypher is what the server adds to the raw Cypher call.
import { createApp } from "../../server/app.js";
import { createStore, openGraph } from "../../server/config/open-graph.js";
import { createGraphQueries } from "../../graph/queries/index.js";
import neo4jDriver from "neo4j-driver";
import type { GraphStore } from "../../graph/store.js";
import { sizeLabel } from "../args.js";
import { writeGeneratedGraph, type GraphManifest } from "../generate/write-graph.js";
import type { ImportWorkerResult } from "../import/import-worker.js";
import { clearNeo4j } from "../import/run-import-bench.js";
import type { Table } from "../report/table.js";
import type { BenchNeo4j } from "../support/bench-neo4j.js";
import { runTsChild } from "../support/child-process.js";
import { summarize } from "../support/stats.js";

export interface Neo4jPathBenchOptions {
  sizes: number[];
  seed: number;
  batchSize: number;
  /** Rounds over the manifest's pairs per query and mode, after one warm-up round. */
  rounds: number;
  neo4j: BenchNeo4j | undefined;
  neo4jUnavailable?: string;
  log: (line: string) => void;
}

const IMPORT_WORKER = new URL("../import/import-worker.ts", import.meta.url);
const MODES = ["cypher", "walk-index"] as const;
type Mode = (typeof MODES)[number];

interface Measured {
  http: number[];
  cypher: number[];
  cypherCalls: number;
  found: number;
}

export async function runNeo4jPathBench(options: Neo4jPathBenchOptions): Promise<Table[]> {
  const tables: Table[] = [];
  for (const size of options.sizes) {
    const manifest = await writeGeneratedGraph({ relations: size, seed: options.seed });
    const table: Table = {
      section: `neo4j-paths-${sizeLabel(size)}`,
      title: `Paths on Neo4j on ${size.toLocaleString("en-US")} relations: Cypher in the database beside the walk index`,
      headers: [
        "path search",
        "query",
        "HTTP p50",
        "HTTP p99",
        "Cypher p50",
        "Cypher p99",
        "Cypher calls / request",
        "HTTP ÷ Cypher (p50)",
        "paths found",
      ],
      rows: [],
    };
    tables.push(table);
    const neo4j = options.neo4j;
    if (!neo4j) {
      table.rows.push(["all", "all", `not run: ${options.neo4jUnavailable ?? "no Neo4j"}`]);
      continue;
    }
    try {
      options.log(`neo4j-paths: importing ${size} relations into Neo4j`);
      await clearNeo4j(neo4j);
      const target = { store: "neo4j" as const, uri: neo4j.uri, user: neo4j.user, password: neo4j.password };
      await runTsChild<ImportWorkerResult>(
        IMPORT_WORKER,
        { folder: manifest.folder, target, batchSize: options.batchSize },
        { timeoutMs: 3 * 60 * 60 * 1000 },
      );
      const settings = await neo4jSettings(neo4j);
      for (const mode of MODES) {
        for (const [name, measured] of await measureMode(mode, neo4j, manifest, options)) {
          table.rows.push(rowOf(mode, name, measured));
        }
      }
      table.notes = [
        `${neo4j.describe} (${settings}); graph: ${size} relations, seed ${options.seed}; ${manifest.targets.pairs.length} pairs × ` +
          `${options.rounds} rounds after one warm-up round, one request at a time; waypoint ${manifest.targets.via}.`,
        "Cypher = the database's path queries inside each request (run and rows read back), summed per request; the walk index " +
          "reads every relation's ends once before the first request (not timed here) and runs no path Cypher. Latencies in ms.",
      ];
    } catch (error) {
      table.rows.push(["all", "all", `FAILED: ${(error as Error).message.split("\n")[0]}`]);
    } finally {
      // The Neo4j may be the test suite's: its tests clear it within their timeouts, a 1M graph would not.
      await clearNeo4j(neo4j).catch(() => undefined);
    }
  }
  return tables;
}

async function measureMode(
  mode: Mode,
  neo4j: BenchNeo4j,
  manifest: GraphManifest,
  options: Neo4jPathBenchOptions,
): Promise<Map<string, Measured>> {
  // The walk index reads every relation's ends in one transaction, past the default 15 s on a loaded machine.
  const config = { uri: neo4j.uri, user: neo4j.user, password: neo4j.password, transactionTimeoutMs: 120_000 };
  const settings = { dataDir: "unused", neo4j: config, neo4jPathSearch: mode };
  let cypherMs = 0;
  let cypherCalls = 0;
  // The Cypher mode wired as openGraph wires it (the bare store under the query layer), with a timer.
  const timed = (store: GraphStore): GraphStore => {
    const inner = store.findRouteCandidates!.bind(store);
    return {
      ...store,
      async findRouteCandidates(query) {
        const started = performance.now();
        try {
          return await inner(query);
        } finally {
          cypherMs += performance.now() - started;
          cypherCalls++;
        }
      },
    };
  };
  const graph =
    mode === "walk-index"
      ? await openGraph(settings)
      : await createStore(settings).then((store) => ({ store, queries: createGraphQueries(timed(store)) }));
  const measured = new Map<string, Measured>();
  try {
    const started = performance.now();
    if (await graph.queries.prepare())
      options.log(`neo4j-paths: walk index built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    const app = await createApp({
      store: graph.store,
      queries: graph.queries,
      logger: false,
      rateLimit: { max: 1_000_000_000, timeWindowMs: 60_000 },
    });
    const address = await app.listen({ port: 0, host: "127.0.0.1" });
    try {
      for (const [name, query] of pathQueries(manifest)) {
        const row: Measured = { http: [], cypher: [], cypherCalls: 0, found: 0 };
        for (let round = -1; round < options.rounds; round++) {
          for (const pair of manifest.targets.pairs) {
            cypherMs = 0;
            cypherCalls = 0;
            const requested = performance.now();
            const response = await fetch(`${address}/api/paths?${query(pair)}`);
            const body = (await response.json()) as { paths?: unknown[] };
            const took = performance.now() - requested;
            if (!response.ok) throw new Error(`${mode} ${name}: HTTP ${response.status} ${JSON.stringify(body)}`);
            if (round < 0) continue; // the warm-up round fills plan caches and the page cache
            row.http.push(took);
            if (mode === "cypher") row.cypher.push(cypherMs);
            row.cypherCalls += cypherCalls;
            row.found += body.paths?.length ?? 0;
          }
        }
        measured.set(name, row);
        options.log(`neo4j-paths: ${mode} ${name}: HTTP p50 ${summarize(row.http).p50.toFixed(1)} ms`);
      }
    } finally {
      await app.close();
    }
  } finally {
    await graph.store.close();
  }
  return measured;
}

type Pair = GraphManifest["targets"]["pairs"][number];

function pathQueries(manifest: GraphManifest): [string, (pair: Pair) => string][] {
  const q = encodeURIComponent;
  const via = manifest.targets.via;
  return [
    ["shortest path", (p) => `from=${q(p.from)}&to=${q(p.to)}&k=1`],
    ["path via a waypoint", (p) => `from=${q(p.from)}&to=${q(p.to)}&via=${q(via)}&k=1`],
    ["k=3 paths", (p) => `from=${q(p.from)}&to=${q(p.to)}&k=3`],
  ];
}

function rowOf(mode: Mode, name: string, row: Measured): Table["rows"][number] {
  const http = summarize(row.http);
  const cypher = row.cypher.length > 0 ? summarize(row.cypher) : undefined;
  return [
    mode,
    name,
    http.p50,
    http.p99,
    cypher?.p50,
    cypher?.p99,
    row.http.length > 0 ? row.cypherCalls / row.http.length : undefined,
    cypher ? (http.p50 / cypher.p50).toFixed(2) : undefined,
    row.found,
  ];
}

/** Heap, page cache and JVM as the server reports them, for the table's notes. */
async function neo4jSettings(neo4j: BenchNeo4j): Promise<string> {
  const driver = neo4jDriver.driver(neo4j.uri, neo4jDriver.auth.basic(neo4j.user, neo4j.password));
  try {
    const { records } = await driver.executeQuery(
      "SHOW SETTINGS YIELD name, value WHERE name IN $names RETURN name, value",
      { names: ["server.memory.heap.max_size", "server.memory.pagecache.size", "server.jvm.additional"] },
    );
    const named = records.map((r) => `${String(r.get("name")).replace(/^server\./, "")} ${String(r.get("value"))}`);
    return named.join(", ").replace(/\s+/g, " ") || "memory settings not reported";
  } catch (error) {
    return `settings not readable: ${(error as Error).message.split("\n")[0]}`;
  } finally {
    await driver.close();
  }
}
