// Starts the explorer: reads the environment, opens the store, imports the seeds into an empty one,
// serves the API and the built front end, and shuts down cleanly on SIGINT/SIGTERM.
import { fileURLToPath } from "node:url";
import { GraphError } from "../graph/errors.js";
import { createApp } from "./app.js";
import { checkBindIsSafe, readServerEnv } from "./config/env.js";
import { openGraph, seedIfEmpty } from "./config/open-graph.js";

const SHUTDOWN_GRACE_MS = 10_000;

async function main() {
  const repoRoot = fileURLToPath(new URL("..", import.meta.url));
  const env = readServerEnv(process.env, repoRoot);
  checkBindIsSafe(env);

  const storeHost = { memoryLimitBytes: env.storeMemoryLimitBytes, warn: (message: string) => console.warn(message) };
  const { store, queries } = await openGraph({ ...env, storeHost });
  const app = await createApp({
    store,
    queries,
    logger: { level: env.logLevel },
    apiToken: env.apiToken,
    corsOrigins: env.corsOrigins,
    rateLimit: env.rateLimit,
    importLimitBytes: env.importLimitBytes,
    staticDir: env.staticDir,
  });
  const log = app.log;

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) {
      log.warn(`${signal} again: stopping now`);
      process.exit(1);
    }
    closing = true;
    log.info(`${signal}: finishing open requests, then closing the store`);
    const force = setTimeout(() => {
      log.error(`still busy after ${SHUTDOWN_GRACE_MS} ms: stopping anyway`);
      process.exit(1);
    }, SHUTDOWN_GRACE_MS);
    force.unref();
    try {
      await app.close();
      await store.close();
      process.exit(0);
    } catch (error) {
      log.error({ err: error }, "shutdown failed");
      process.exit(1);
    }
  };
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));

  log.info(`store: ${await store.describe()}`);
  await seedIfEmpty(store, env.seedDir, (message) => log.info(message), env.articlesDir);
  const started = performance.now();
  if (await queries.prepare()) {
    log.info(`walk index built for path searches in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }

  const address = await app.listen({ port: env.port, host: env.host });
  const shown = address.replace("127.0.0.1", "localhost");
  console.log(`\n  Relationship Explorer is running at ${shown}\n  API documentation: ${shown}/api/openapi.json\n`);
}

main().catch((error: unknown) => {
  if (error instanceof GraphError) {
    console.error(`Cannot start: ${error.message}`);
  } else {
    console.error("Cannot start:", error);
  }
  process.exit(1);
});
