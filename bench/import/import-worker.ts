// One import measured in its own process: load and validate the generated seed folder, then write it
// with our importer (graph/import) into a fresh embedded store (LadybugDB or Kuzu 0.11) or an emptied Neo4j;
// report time and peak RSS.
import { importSeedGraph } from "../../graph/import/index.js";
import { createKuzuStore } from "../../graph/kuzu/index.js";
import { createNeo4jStore } from "../../graph/neo4j/index.js";
import { loadSeedFolder } from "../../graph/seed/index.js";
import type { GraphStore } from "../../graph/store.js";
import { childInput, reportResult } from "../support/child-process.js";
import type { ImportTarget } from "./import-target.js";

export interface ImportWorkerInput {
  folder: string;
  target: ImportTarget;
  batchSize: number;
}

export interface ImportWorkerResult {
  entities: number;
  relations: number;
  /** Reading and validating the .jsonl file. */
  loadSeconds: number;
  /** Writing the validated records into the store. */
  writeSeconds: number;
  seconds: number;
  /** What the store holds afterwards, as a check that every record arrived. */
  stored: { entities: number; relations: number };
  maxRssMiB: number;
}

async function openStore(target: ImportTarget): Promise<GraphStore> {
  if (target.store === "kuzu")
    return createKuzuStore({ dataDir: target.dataDir, bufferPoolBytes: target.bufferPoolBytes, engine: target.engine });
  const store = createNeo4jStore({ ...target, transactionTimeoutMs: 600_000 });
  await store.ensureSchema();
  return store;
}

async function main() {
  const input = childInput<ImportWorkerInput>();
  const store = await openStore(input.target);
  try {
    const started = performance.now();
    const graph = await loadSeedFolder(input.folder);
    const loaded = performance.now();
    const summary = await importSeedGraph(store, graph, { batchSize: input.batchSize });
    const written = performance.now();
    const result: ImportWorkerResult = {
      entities: summary.entities,
      relations: summary.relations,
      loadSeconds: (loaded - started) / 1000,
      writeSeconds: (written - loaded) / 1000,
      seconds: (written - started) / 1000,
      stored: await store.counts(),
      maxRssMiB: process.resourceUsage().maxRSS / 1024,
    };
    reportResult(result);
  } finally {
    await store.close();
  }
}

await main();
// Kuzu 0.11 may crash while its process exits (engine-workarounds.md); the result is out and the store closed.
process.exit(0);
