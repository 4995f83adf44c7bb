// The API server under test, in its own process: our createApp over one store, no logging, no rate
// limit (the load generator is one client), listening on a free loopback port. Stops when stdin closes.
// The embedded store runs in its supervised host process, as under server/main.ts, unless
// BENCH_IN_PROCESS_STORE=1 asks for it in this process (to measure what the IPC costs).
import { fileURLToPath } from "node:url";
import { createKuzuStore } from "../../graph/kuzu/index.js";
import { createNeo4jStore } from "../../graph/neo4j/index.js";
import { createGraphQueries } from "../../graph/queries/index.js";
import type { GraphStore } from "../../graph/store.js";
import { createSupervisedStore } from "../../graph/store-host/index.js";
import { createWalkIndexLayer } from "../../graph/walk-index/walk-index-layer.js";
import { createApp } from "../../server/app.js";
import { DEFAULT_STORE_MEMORY_LIMIT_MB } from "../../server/config/env.js";
import { childInput } from "../support/child-process.js";
import type { ImportTarget } from "../import/import-target.js";

/** bench/support/server-process.ts waits for this line. */
const SERVER_READY_MARK = "BENCH_SERVER_READY ";

const KUZU_STORE_MODULE = fileURLToPath(new URL("../../graph/kuzu/index.ts", import.meta.url));

async function openStore(target: ImportTarget): Promise<GraphStore> {
  if (target.store === "kuzu" && process.env.BENCH_IN_PROCESS_STORE === "1")
    return createKuzuStore({ dataDir: target.dataDir, bufferPoolBytes: target.bufferPoolBytes, engine: target.engine });
  if (target.store === "kuzu") {
    const { store: _kind, ...config } = target;
    return createSupervisedStore({
      factory: { module: KUZU_STORE_MODULE, exportName: "createKuzuStore", config },
      memoryLimitBytes: DEFAULT_STORE_MEMORY_LIMIT_MB * 1024 * 1024,
      warn: (message) => console.error(message),
    });
  }
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
