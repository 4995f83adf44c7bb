// A GraphStore whose engine runs in a supervised child process (the store host): every method the
// host's store has is forwarded over IPC, so the proxy follows the port as it changes. When the host
// dies (memory cap, engine crash), it is restarted on the same data; the console query that killed it
// is answered with the cause and refused at once next time, reads in flight are retried once, writes
// in flight fail with 503.
import { GraphError, StoreUnavailableError } from "../errors.js";
import { createSerialQueue } from "../kuzu/serial-queue.js";
import type { CypherLimits, GraphStore } from "../store.js";
import { consoleQueryKilledError, storeRestartingError, writeInterruptedError } from "./host-death-errors.js";
import type { StoreFactoryRef } from "./host-protocol.js";
import { describeDeath, HostDiedError, startStoreHost, type HostDeath, type StoreHostProcess } from "./host-process.js";

export interface SupervisedStoreOptions {
  factory: StoreFactoryRef;
  /** The host is killed when its resident memory passes this. */
  memoryLimitBytes: number;
  /** Told when the host stops and restarts. */
  warn?: (message: string) => void;
}

const CONSOLE_METHOD = "runReadOnlyCypher";
/** Past its own time limit, a console query gets this long before its host counts as hung. */
const CONSOLE_GRACE_MS = 5_000;
const KNOWN_KILLERS_KEPT = 1_000;
/** How long a call waits for a stopped host to come back (it may die again while opening). */
const RESTART_WAIT_MS = 20_000;
/**
 * How many hosts a read is tried on: several runaway console queries in a row may stop it several times,
 * and ordinary reads must ride that out. Counted in deaths, not time: a read may wait long in a busy host.
 */
const READ_TRIES = 6;
const RESTART_RETRY_MS = 200;

/**
 * Reads that change nothing, so a second try after a restart is safe. A method not named here (a write,
 * or one the port gained since) is not retried: it fails with 503 when the host dies under it.
 */
const RETRIED_READS = new Set([
  "describe",
  "ensureSchema",
  "prepare",
  "ping",
  "counts",
  "schemaCounts",
  "searchCandidates",
  "getEntities",
  "getEntityContexts",
  "listEntityIds",
  "getRelations",
  "getRelationsAt",
  "adjacency",
  "incidentLists",
  "cappedAdjacency",
  "adjacencyAmong",
  "relationsAmong",
  "relationsOf",
  "relationsCiting",
  "listMerges",
  "getMerge",
  "listRelationEnds",
]);

export async function createSupervisedStore(options: SupervisedStoreOptions): Promise<GraphStore> {
  const warn = options.warn ?? (() => undefined);
  let host: StoreHostProcess | undefined;
  let starting: Promise<StoreHostProcess> | undefined;
  let closed = false;
  // One console query in the host at a time (the engine runs them one by one anyway), so a death names it.
  const consoleQueue = createSerialQueue();
  const knownKillers = new Map<string, HostDeath>();

  const current = (): Promise<StoreHostProcess> => {
    if (closed) return Promise.reject(new StoreUnavailableError("The store is closed", { store: "host" }));
    if (host?.alive) return Promise.resolve(host);
    starting ??= startStoreHost(options).then(
      (started) => {
        host = started;
        starting = undefined;
        void started.ended.then((death) => restartAfter(started, death));
        return started;
      },
      (error: unknown) => {
        starting = undefined;
        throw error;
      },
    );
    return starting;
  };

  const restartAfter = (ended: StoreHostProcess, death: HostDeath | undefined) => {
    if (host === ended) host = undefined;
    if (!death || closed) return;
    warn(`store host ${ended.pid} stopped: ${describeDeath(death)}; restarting it`);
    current().then(
      (started) => warn(`store host ${started.pid} reopened the store`),
      (error: unknown) => warn(`store host did not restart: ${String(error)}; the next request tries again`),
    );
  };

  /**
   * A live host: after a death, the restarted one. While it cannot start (it may die while opening, under
   * back-to-back runaway queries), keep trying until `until`; nothing was sent yet, so this is safe for any call.
   */
  const liveHost = async (until: number): Promise<StoreHostProcess> => {
    for (;;) {
      try {
        return await current();
      } catch (error) {
        if (error instanceof GraphError) throw error;
        if (closed || Date.now() >= until) {
          throw new StoreUnavailableError(`The store engine could not be restarted: ${String(error)}`, {
            store: "host",
          });
        }
        await new Promise((resolve) => setTimeout(resolve, RESTART_RETRY_MS));
      }
    }
  };

  const call = async (method: string, args: unknown[]): Promise<unknown> => {
    const deaths = new Set<HostDeath>();
    for (;;) {
      const target = await liveHost(Date.now() + RESTART_WAIT_MS);
      try {
        return await target.call(method, args);
      } catch (error) {
        if (!(error instanceof HostDiedError)) throw error;
        if (!RETRIED_READS.has(method)) throw writeInterruptedError(method, error.death);
        deaths.add(error.death);
        if (deaths.size >= READ_TRIES) throw storeRestartingError(method, error.death, READ_TRIES);
        // A host being killed refuses calls until it has exited; only then is a restarted one asked.
        await target.ended;
      }
    }
  };

  const remember = (key: string, death: HostDeath) => {
    if (knownKillers.size >= KNOWN_KILLERS_KEPT) knownKillers.delete(knownKillers.keys().next().value!);
    knownKillers.set(key, death);
  };

  const runConsole = (args: unknown[]) => {
    const [query, params, limits] = args as [string, Record<string, unknown> | undefined, CypherLimits | undefined];
    const key = JSON.stringify([query, params ?? {}]);
    const refuseKnown = () => {
      const known = knownKillers.get(key);
      if (known) throw consoleQueryKilledError(known, true);
    };
    refuseKnown();
    return consoleQueue.run(async () => {
      refuseKnown();
      const target = await liveHost(Date.now() + RESTART_WAIT_MS);
      const timeoutMs = limits?.timeoutMs;
      const deadline = Number.isSafeInteger(timeoutMs) ? timeoutMs! + CONSOLE_GRACE_MS : undefined;
      try {
        return await target.call(CONSOLE_METHOD, args, deadline);
      } catch (error) {
        if (!(error instanceof HostDiedError)) throw error;
        remember(key, error.death);
        throw consoleQueryKilledError(error.death, false);
      }
    });
  };

  const first = await current();
  const proxy: Record<string, unknown> = { kind: first.kind };
  for (const method of first.methods) {
    proxy[method] =
      method === CONSOLE_METHOD ? (...args: unknown[]) => runConsole(args) : (...args: unknown[]) => call(method, args);
  }
  const describe = proxy.describe as (() => Promise<string>) | undefined;
  proxy.describe = async () =>
    `${(await describe?.()) ?? first.kind}, in a store host process (pid ${host?.pid ?? "restarting"}, ` +
    `memory cap ${Math.round(options.memoryLimitBytes / 1024 / 1024)} MiB)`;
  proxy.close = async () => {
    closed = true;
    const last = host ?? (await starting?.catch(() => undefined));
    await last?.close();
  };
  return proxy as unknown as GraphStore;
}
