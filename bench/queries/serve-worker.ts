// The API server under test, in its own process: our createApp over one store, no logging, no rate
// limit (the load generator is one client), listening on a free loopback port. Stops when stdin closes.
import { createKuzuStore } from "../../graph/kuzu/index.js";
import { createNeo4jStore } from "../../graph/neo4j/index.js";
import { createGraphQueries } from "../../graph/queries/index.js";
import type { GraphStore } from "../../graph/store.js";
import { createWalkIndexLayer } from "../../graph/walk-index/walk-index-layer.js";
import { createApp } from "../../server/app.js";
import { childInput } from "../support/child-process.js";
import type { ImportTarget } from "../import/import-target.js";

/** bench/support/server-process.ts waits for this line. */
const SERVER_READY_MARK = "BENCH_SERVER_READY ";

async function openStore(target: ImportTarget): Promise<GraphStore> {
  if (target.store === "kuzu")
    return createKuzuStore({ dataDir: target.dataDir, bufferPoolBytes: target.bufferPoolBytes });
  return createNeo4jStore({ uri: target.uri, user: target.user, password: target.password });
}

async function main() {
  // As server/config/open-graph.ts does, with an index kept for the whole run (the bench alone writes).
  const walks = createWalkIndexLayer(await openStore(childInput<ImportTarget>()), { maxAgeMs: Infinity });
  const store = walks.store;
  const queries = createGraphQueries(store, { walkIndex: walks.current });
  // As server/main.ts does: the first request must not pay for building the walk index.
  await queries.prepare();
  const app = await createApp({
    store,
    queries,
    logger: false,
    rateLimit: { max: 1_000_000_000, timeWindowMs: 60_000 },
  });
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  process.stdout.write(`${SERVER_READY_MARK}${address}\n`);
  process.stdin.resume();
  process.stdin.once("end", () => {
    void app
      .close()
      .then(() => store.close())
      .finally(() => process.exit(0));
  });
}

await main();
