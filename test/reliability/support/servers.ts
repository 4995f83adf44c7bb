// Real servers for the reliability suites: createApp on a loopback port over a seeded Kuzu store or
// over the run's Neo4j, with the built-front-end fallback switched on as in production.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importSeedFolder } from "../../../graph/import/index.js";
import { createGraphQueries, type GraphQueriesOptions } from "../../../graph/queries/index.js";
import type { GraphStore } from "../../../graph/store.js";
import type { AppOptions } from "../../../server/app.js";
import { createSeededKuzuGraph, SEED_DIR } from "../../http/support/kuzu-test-graph.js";
import { listen, type ListeningApp } from "../../http/support/listening-app.js";
import { createTestNeo4jStore } from "../../support/neo4j-for-tests.js";

export interface ReliabilityServer {
  server: ListeningApp;
  store: GraphStore;
  close(): Promise<void>;
}

export type ServerOptions = Omit<AppOptions, "store" | "queries"> & { queries?: GraphQueriesOptions };

/** A stand-in for dist/client, so the static fallback route is in play as it is under server/main.ts. */
async function fakeClientDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "reliability-client-"));
  await writeFile(join(dir, "index.html"), "<!doctype html><title>Explorer</title><div id=root></div>");
  return dir;
}

async function serve(store: GraphStore, options: ServerOptions, cleanUp: () => Promise<void>) {
  const staticDir = await fakeClientDir();
  const { queries: queryOptions, ...appOptions } = options;
  const server = await listen({
    store,
    queries: createGraphQueries(store, queryOptions),
    staticDir,
    rateLimit: { max: 1_000_000_000 },
    ...appOptions,
  });
  return {
    server,
    store,
    async close() {
      await server.close();
      await cleanUp();
      await rm(staticDir, { recursive: true, force: true });
    },
  };
}

export async function kuzuServer(options: ServerOptions = {}): Promise<ReliabilityServer> {
  const graph = await createSeededKuzuGraph();
  return serve(graph.store, options, () => graph.dispose());
}

/** A server over the run's Neo4j, emptied and loaded with the project's seeds. */
export async function neo4jServer(options: ServerOptions = {}): Promise<ReliabilityServer> {
  const store = await createTestNeo4jStore();
  await importSeedFolder(store, SEED_DIR);
  return serve(store, options, () => store.close());
}
