// The raw half of the query benchmark, in a process of its own (the embedded engines cannot share one):
// each query case through the query layer over the store, one call at a time, after one warm-up round.
import { createKuzuStore } from "../../graph/kuzu/index.js";
import { createNeo4jStore } from "../../graph/neo4j/index.js";
import { createGraphQueries } from "../../graph/queries/index.js";
import type { GraphStore } from "../../graph/store.js";
import { createWalkIndexLayer } from "../../graph/walk-index/walk-index-layer.js";
import type { QueryTargets } from "../generate/write-graph.js";
import type { ImportTarget } from "../import/import-target.js";
import { childInput, reportResult } from "../support/child-process.js";
import { summarize, type LatencySummary } from "../support/stats.js";
import { queryCases } from "./query-cases.js";

export interface RawInput {
  target: ImportTarget;
  targets: QueryTargets;
  /** Seconds of calls per query case (at least MIN_RAW_SAMPLES calls). */
  seconds: number;
}

export interface RawResult {
  name: string;
  /** Undefined when the warm-up call failed; `failure` then says why. */
  latency?: LatencySummary;
  failure?: string;
}

const MIN_RAW_SAMPLES = 5;
const MAX_RAW_SAMPLES = 5_000;

async function openStore(target: ImportTarget): Promise<GraphStore> {
  if (target.store === "kuzu")
    return createKuzuStore({ dataDir: target.dataDir, bufferPoolBytes: target.bufferPoolBytes, engine: target.engine });
  return createNeo4jStore({ uri: target.uri, user: target.user, password: target.password });
}

async function main() {
  const input = childInput<RawInput>();
  const store = await openStore(input.target);
  const results: RawResult[] = [];
  try {
    const walks = createWalkIndexLayer(store, { maxAgeMs: Infinity });
    const queries = createGraphQueries(walks.store, { walkIndex: walks.current });
    for (const queryCase of queryCases(input.targets)) {
      try {
        for (const call of queryCase.raw) await call(queries);
      } catch (error) {
        results.push({ name: queryCase.name, failure: (error as Error).message.split("\n")[0]! });
        continue;
      }
      const samples: number[] = [];
      const until = performance.now() + input.seconds * 1000;
      for (let i = 0; samples.length < MIN_RAW_SAMPLES || performance.now() < until; i++) {
        const started = performance.now();
        await queryCase.raw[i % queryCase.raw.length]!(queries);
        samples.push(performance.now() - started);
        if (samples.length >= MAX_RAW_SAMPLES) break;
      }
      results.push({ name: queryCase.name, latency: summarize(samples) });
    }
  } finally {
    await store.close();
  }
  reportResult(results);
}

await main();
// Kuzu 0.11 may crash while its process exits (engine-workarounds.md); the result is out and the store closed.
process.exit(0);
