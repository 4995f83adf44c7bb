// `npx tsx bench/search/run-search-bench.ts [relations]`: search over HTTP, one request at a time, on the
// Kuzu store the query benchmark imported (bench/out/kuzu-r<relations>-s42), with terms spelled right, by
// prefix, with a typo and with ue for ü; prints p50/p95/p99 and checks every hit carries its context.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { BENCH_OUT_DIR } from "../generate/write-graph.js";
import { BENCH_KUZU_BUFFER_POOL_BYTES } from "../import/import-target.js";
import { startServerProcess } from "../support/server-process.js";
import { summarize } from "../support/stats.js";

/** Names the generator gives (bench/generate/vocabulary.ts), as an analyst would type them. */
const TERMS = [
  "müller",
  "mueller",
  "helios cloud",
  "helios clod",
  "hamburg",
  "hambrug",
  "nordwind",
  "kowalski",
  "kowalsky",
  "nord",
];
const SECONDS = Number(process.env.SEARCH_BENCH_SECONDS ?? 30);

async function main() {
  const relations = Number(process.argv[2] ?? 100_000);
  const dataDir = join(BENCH_OUT_DIR, `kuzu-r${relations}-s42`);
  if (!existsSync(join(dataDir, "imported.json"))) {
    throw new Error(`No store at ${dataDir}: run npm run bench -- queries --sizes=${relations} --no-neo4j first`);
  }
  const server = await startServerProcess({ store: "kuzu", dataDir, bufferPoolBytes: BENCH_KUZU_BUFFER_POOL_BYTES });
  try {
    const ask = async (term: string) => {
      const started = performance.now();
      const response = await fetch(`${server.url}/api/search?q=${encodeURIComponent(term)}`);
      const body = (await response.json()) as { results: { degree?: number; details?: unknown[] }[] };
      const took = performance.now() - started;
      if (!response.ok) throw new Error(`search ${term}: HTTP ${response.status}`);
      if (body.results.some((hit) => typeof hit.degree !== "number" || !Array.isArray(hit.details))) {
        throw new Error(`search ${term}: a hit without its context`);
      }
      return { took, hits: body.results.length };
    };
    for (const term of TERMS) await ask(term);
    const samples: number[] = [];
    const hits = new Map<string, number>();
    const until = performance.now() + SECONDS * 1000;
    for (let i = 0; performance.now() < until; i++) {
      const term = TERMS[i % TERMS.length]!;
      const answer = await ask(term);
      samples.push(answer.took);
      hits.set(term, answer.hits);
    }
    const stats = summarize(samples);
    console.log(JSON.stringify({ relations, seconds: SECONDS, terms: Object.fromEntries(hits), ...stats }, null, 2));
  } finally {
    await server.stop();
  }
}

await main();
