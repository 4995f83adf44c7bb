// Servers for the reliability suites: createApp over a seeded Kuzu store or over the run's Neo4j, with the
// built-front-end fallback switched on as in production. kuzuServer/neo4jServer listen on a loopback port
// (for what speaks HTTP from outside: schemathesis, the fuzzer, raw spellings); kuzuApp/neo4jApp are reached
// through inject, for suites where the socket is not what they test.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importSeedFolder } from "../../../graph/import/index.js";
import { createGraphQueries, type GraphQueriesOptions } from "../../../graph/queries/index.js";
import type { GraphStore } from "../../../graph/store.js";
import type { AppOptions } from "../../../server/app.js";
import type { ApiClient } from "../../http/support/api-response.js";
import { injectApp } from "../../http/support/injected-app.js";
import { createSeededKuzuGraph, SEED_DIR } from "../../http/support/kuzu-test-graph.js";
import { listen, type ListeningApp } from "../../http/support/listening-app.js";
import { createTestNeo4jStore } from "../../support/neo4j-for-tests.js";

export interface ReliabilityServer<Client extends ApiClient = ListeningApp> {
  server: Client;
  store: GraphStore;
  close(): Promise<void>;
}

export type ServerOptions = Omit<AppOptions, "store" | "queries"> & { queries?: GraphQueriesOptions };

type Connect<Client extends ApiClient> = (options: AppOptions) => Promise<Client>;

/** A stand-in for dist/client, so the static fallback route is in play as it is under server/main.ts. */
async function fakeClientDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "reliability-client-"));
  await writeFile(join(dir, "index.html"), "<!doctype html><title>Explorer</title><div id=root></div>");
  return dir;
}

async function serve<Client extends ApiClient>(
  connect: Connect<Client>,
  store: GraphStore,
  options: ServerOptions,
  cleanUp: () => Promise<void>,
): Promise<ReliabilityServer<Client>> {
  const staticDir = await fakeClientDir();
  const { queries: queryOptions, ...appOptions } = options;
  const server = await connect({
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

async function onSeededKuzu<Client extends ApiClient>(connect: Connect<Client>, options: ServerOptions) {
  const graph = await createSeededKuzuGraph();
  return serve(connect, graph.store, options, () => graph.dispose());
}

/** The run's Neo4j, emptied and loaded with the project's seeds. */
async function onSeededNeo4j<Client extends ApiClient>(connect: Connect<Client>, options: ServerOptions) {
  const store = await createTestNeo4jStore();
  await importSeedFolder(store, SEED_DIR);
  return serve(connect, store, options, () => store.close());
}

export const kuzuServer = (options: ServerOptions = {}) => onSeededKuzu(listen, options);
export const neo4jServer = (options: ServerOptions = {}) => onSeededNeo4j(listen, options);
export const kuzuApp = (options: ServerOptions = {}) => onSeededKuzu(injectApp, options);
export const neo4jApp = (options: ServerOptions = {}) => onSeededNeo4j(injectApp, options);
