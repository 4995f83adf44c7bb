// `npm run bench -- import`: our importer into the embedded store on Kuzu 0.11 and on LadybugDB, and into
// Neo4j, at each size (rows/s, peak RSS), and Neo4j's own LOAD CSV on the same data in the same run, with
// the ratios between them.
import { mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { createNeo4jStore } from "../../graph/neo4j/index.js";
import { loadSeedFolder } from "../../graph/seed/index.js";
import { writeGeneratedGraph, BENCH_OUT_DIR, type GraphManifest } from "../generate/write-graph.js";
import type { Table } from "../report/table.js";
import { runTsChild } from "../support/child-process.js";
import type { BenchNeo4j } from "../support/bench-neo4j.js";
import { benchEngines } from "../support/embedded-engines.js";
import { BENCH_KUZU_BUFFER_POOL_BYTES, type ImportTarget } from "./import-target.js";
import type { ImportWorkerResult } from "./import-worker.js";
import { runLoadCsv, writeLoadCsvFiles } from "./load-csv.js";

export interface ImportBenchOptions {
  sizes: number[];
  seed: number;
  batchSize: number;
  /** Undefined when no Neo4j could be started: its rows say why. */
  neo4j: BenchNeo4j | undefined;
  neo4jUnavailable?: string;
  /** Sizes above this skip Neo4j (time). */
  neo4jMaxSize: number;
  log: (line: string) => void;
}

const WORKER = new URL("./import-worker.ts", import.meta.url);
const IMPORT_TIMEOUT_MS = 60 * 60 * 1000;

export async function runImportBench(options: ImportBenchOptions): Promise<Table[]> {
  const rows: Table["rows"] = [];
  const notes: string[] = [];
  for (const size of options.sizes) {
    const manifest = await writeGeneratedGraph({ relations: size, seed: options.seed });
    const records = recordCount(manifest);
    options.log(`import: ${size} relations (${records} records, ${(manifest.bytes / 1024 ** 2).toFixed(1)} MiB)`);

    let kuzuWriteSeconds: number | undefined;
    for (const { engine, label } of benchEngines()) {
      const dataDir = mkdtempSync(join(BENCH_OUT_DIR, `${engine}-import-r${size}-`));
      try {
        const result = await importWith(
          manifest,
          { store: "kuzu", engine, dataDir, bufferPoolBytes: BENCH_KUZU_BUFFER_POOL_BYTES },
          options.batchSize,
        );
        if (engine === "kuzu-0.11") kuzuWriteSeconds = result.writeSeconds;
        const ratio =
          engine === "ladybug" && kuzuWriteSeconds !== undefined
            ? `${(result.writeSeconds / kuzuWriteSeconds).toFixed(2)}× Kuzu 0.11's write time`
            : undefined;
        rows.push([...importRow(size, `${label}: our importer`, result, records), ratio]);
      } catch (error) {
        rows.push([size, `${label}: our importer`, failed(error)]);
      } finally {
        rmSync(dataDir, { recursive: true, force: true });
      }
    }

    if (!options.neo4j) {
      rows.push([size, "Neo4j", `not run: ${options.neo4jUnavailable ?? "no Neo4j"}`]);
      continue;
    }
    if (size > options.neo4jMaxSize) {
      rows.push([size, "Neo4j", `not run at this size (--neo4j-max ${options.neo4jMaxSize})`]);
      continue;
    }
    const neo4j = options.neo4j;
    const target = { uri: neo4j.uri, user: neo4j.user, password: neo4j.password };
    let ours: ImportWorkerResult | undefined;
    try {
      await clearNeo4j(neo4j);
      ours = await importWith(manifest, { store: "neo4j", ...target }, options.batchSize);
      rows.push(importRow(size, "Neo4j: our importer", ours, records));
    } catch (error) {
      rows.push([size, "Neo4j: our importer", failed(error)]);
    }
    if (!neo4j.importDir || !neo4j.csvUrlPrefix) {
      rows.push([size, "Neo4j: LOAD CSV", "not run: the server has no local import folder for file:/// URLs"]);
      continue;
    }
    try {
      await clearNeo4j(neo4j);
      const graph = await loadSeedFolder(manifest.folder);
      const plan = await writeLoadCsvFiles(graph, neo4j.importDir, neo4j.csvUrlPrefix);
      try {
        const seconds = await runLoadCsv(target, plan);
        const stored = await countNeo4j(neo4j);
        const ratio = ours ? seconds / ours.writeSeconds : undefined;
        rows.push([
          size,
          "Neo4j: LOAD CSV … IN TRANSACTIONS",
          undefined,
          seconds,
          seconds,
          records / seconds,
          undefined,
          `${stored.entities}/${stored.relations}`,
          ratio === undefined ? undefined : `ours ${ratio.toFixed(2)}× as fast (write phase)`,
        ]);
      } finally {
        plan.cleanup();
      }
    } catch (error) {
      rows.push([size, "Neo4j: LOAD CSV … IN TRANSACTIONS", failed(error)]);
    }
  }
  notes.push(
    "The embedded store runs on each engine in turn, in a process of its own (Kuzu 0.11 and LadybugDB cannot share one), " +
      "with a 2 GiB buffer pool (a bulk load of 1M relations does not fit the 512 MiB default); its ratio is LadybugDB's write time ÷ Kuzu's.",
    `Records = entities (incl. sources) + relations. Batch size of our importer: ${options.batchSize}. ` +
      "Load = reading and validating the .jsonl file (zod); write = upserts into the store; rows/s is over the write phase.",
    "Peak RSS is our importer's own process (the Neo4j JVM is separate). LOAD CSV reads CSV files prepared beforehand (untimed) " +
      "and stores the same properties; its time is the whole statement run. Ratio = LOAD CSV time ÷ our write time.",
  );
  if (options.neo4j) notes.push(`Neo4j: ${options.neo4j.describe}.`);
  return [
    {
      section: "import",
      title: "Import",
      headers: [
        "relations",
        "importer",
        "load s",
        "write s",
        "total s",
        "rows/s",
        "peak RSS MiB",
        "stored e/r",
        "ratio",
      ],
      rows,
      notes,
    },
  ];
}

async function importWith(manifest: GraphManifest, target: ImportTarget, batchSize: number) {
  return runTsChild<ImportWorkerResult>(
    WORKER,
    { folder: manifest.folder, target, batchSize },
    { timeoutMs: IMPORT_TIMEOUT_MS },
  );
}

function importRow(size: number, name: string, result: ImportWorkerResult, records: number): Table["rows"][number] {
  return [
    size,
    name,
    result.loadSeconds,
    result.writeSeconds,
    result.seconds,
    records / result.writeSeconds,
    result.maxRssMiB,
    `${result.stored.entities}/${result.stored.relations}`,
  ];
}

export function recordCount(manifest: GraphManifest): number {
  const entities = Object.values(manifest.shape.entities).reduce((a, b) => a + b, 0);
  return entities + manifest.shape.sources + manifest.shape.relations;
}

function failed(error: unknown): string {
  return `FAILED: ${(error instanceof Error ? error.message : String(error)).split("\n").slice(0, 3).join(" ")}`;
}

export async function clearNeo4j(neo4j: BenchNeo4j): Promise<void> {
  const store = createNeo4jStore({
    uri: neo4j.uri,
    user: neo4j.user,
    password: neo4j.password,
    transactionTimeoutMs: 600_000,
  });
  try {
    await store.ensureSchema();
    await store.clear();
  } finally {
    await store.close();
  }
}

async function countNeo4j(neo4j: BenchNeo4j) {
  const store = createNeo4jStore({
    uri: neo4j.uri,
    user: neo4j.user,
    password: neo4j.password,
    transactionTimeoutMs: 600_000,
  });
  try {
    return await store.counts();
  } finally {
    await store.close();
  }
}
