// The load generator, in a process of its own: autocannon on loopback against the API server, for each
// query in turn and each connection count, cycling through the query's paths. Every response time is
// kept, so p50/p95/p99 are exact.
import autocannon, { type Result } from "autocannon";
import { childInput, reportResult } from "../support/child-process.js";
import { summarize, type LatencySummary } from "../support/stats.js";

export interface LoadInput {
  url: string;
  cases: { name: string; paths: string[] }[];
  connections: number[];
  durationSeconds: number;
}

export interface LoadResult {
  name: string;
  connections: number;
  /** NaN (null once sent as JSON) when no response came back within the run. */
  latency: LatencySummary;
  requestsPerSecond: number;
  errors: number;
  non2xx: number;
}

function load(url: string, paths: string[], connections: number, durationSeconds: number) {
  const latencies: number[] = [];
  return new Promise<{ result: Result; latencies: number[] }>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration: durationSeconds,
        timeout: 30,
        requests: paths.map((path) => ({ method: "GET", path })),
      },
      (error, result) => (error ? reject(error) : resolve({ result, latencies })),
    );
    instance.on("response", (_client, _status, _bytes, ms) => latencies.push(ms));
  });
}

async function main() {
  const input = childInput<LoadInput>();
  const answers: LoadResult[] = [];
  for (const queryCase of input.cases) {
    // Each path once before measuring, as the raw measurement does: first calls fill caches.
    for (const path of queryCase.paths) await (await fetch(new URL(path, input.url))).arrayBuffer();
    for (const connections of input.connections) {
      const { result, latencies } = await load(input.url, queryCase.paths, connections, input.durationSeconds);
      answers.push({
        name: queryCase.name,
        connections,
        latency: summarize(latencies),
        requestsPerSecond: result.requests.total / result.duration,
        errors: result.errors + result.timeouts,
        non2xx: result.non2xx,
      });
    }
  }
  reportResult(answers);
}

await main();
