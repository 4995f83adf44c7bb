// Kuzu 0.11 and LadybugDB 0.19.1 alike end the process on some queries while binding them (re-tested, see
// ../engine-workarounds.md): `RETURN nodes(NULL)`, `list_sum(NULL)`, `map_keys(NULL)`,
// `CALL READ_CSV_SERIAL(…)` (and Kuzu's `copy_json()`, a function LadybugDB moved to an extension).
// Before the console runs a query in the store's process, a child process with an empty database of the
// same schema plans it; if the child dies, the query is refused and the child is started again.
// Crashes that only happen while reading data are not caught here (see SECURITY.md).
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { QueryRefusedError } from "../../errors.js";
import { createSerialQueue } from "../serial-queue.js";

const WORKER = fileURLToPath(new URL("./probe-worker.mjs", import.meta.url));
const PROBE_TIMEOUT_MS = 10_000;
/** Queries known to crash are refused again without a new child: repeating one costs no restart. */
const KNOWN_CRASHES_KEPT = 1_000;

export interface CrashProbe {
  /** Throws QueryRefusedError when planning the query ends the engine's process. */
  check(query: string, params: Record<string, unknown>): Promise<void>;
  close(): void;
}

interface Pending {
  resolve: () => void;
  reject: (error: Error) => void;
}

/** The child imports `engine.packageName`: the same engine the store runs on. */
export function createCrashProbe(
  engine: { packageName: string; title: string },
  schemaStatements: readonly string[],
  options: { timeoutMs?: number } = {},
): CrashProbe {
  let child: ChildProcess | undefined;
  let ready: Promise<void> | undefined;
  let nextId = 0;
  // Per child: a child killed on a timeout may still exit after its successor has taken a query.
  const pendingOf = new WeakMap<ChildProcess, Map<number, Pending>>();
  let closed = false;
  // One query at a time: a crash then names exactly the query that caused it.
  const queue = createSerialQueue();
  const knownCrashes = new Map<string, QueryRefusedError>();

  const start = (): Promise<void> => {
    const started = spawn(process.execPath, [WORKER, engine.packageName], {
      stdio: ["ignore", "ignore", "ignore", "ipc"],
      serialization: "advanced",
    });
    child = started;
    const pending = new Map<number, Pending>();
    pendingOf.set(started, pending);
    started.on("message", (message: { id?: number }) => {
      if (message.id === undefined) return;
      pending.get(message.id)?.resolve();
      pending.delete(message.id);
    });
    started.once("exit", (code, signal) => {
      if (child === started) {
        child = undefined;
        ready = undefined;
      }
      const why = signal ? `signal ${signal}` : `exit code ${code}`;
      for (const [id, waiting] of pending) {
        waiting.reject(
          new QueryRefusedError(
            `Refused the query: it ends the ${engine.title} engine (${why}), a bug of the engine that the console guards ` +
              "against; it was not run. Rewrite it, e.g. without a NULL where a list, map or path is expected.",
            { refused: "a query that crashes the engine", reason: why },
          ),
        );
        pending.delete(id);
      }
    });
    return new Promise<void>((resolve, reject) => {
      started.once("message", () => resolve());
      started.once("error", reject);
    }).then(() => send(started, { kind: "schema", statements: [...schemaStatements] }));
  };

  const send = (to: ChildProcess, message: Record<string, unknown>): Promise<void> => {
    const id = nextId++;
    const pending = pendingOf.get(to)!;
    return new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        pending.delete(id);
        // Forget the child at once, so the next query starts a fresh one instead of reaching the dying one.
        if (child === to) {
          child = undefined;
          ready = undefined;
        }
        to.kill("SIGKILL");
        reject(new QueryRefusedError("Refused the query: the engine could not plan it in time", { refused: "query" }));
      }, options.timeoutMs ?? PROBE_TIMEOUT_MS);
      const done = (outcome: () => void) => () => {
        clearTimeout(timer);
        outcome();
      };
      pending.set(id, { resolve: done(resolve), reject: (error) => done(() => reject(error))() });
      to.send({ ...message, id });
    });
  };

  const remember = (key: string, error: QueryRefusedError) => {
    if (knownCrashes.size >= KNOWN_CRASHES_KEPT) knownCrashes.delete(knownCrashes.keys().next().value!);
    knownCrashes.set(key, error);
  };

  return {
    check: (query, params) =>
      queue.run(async () => {
        if (closed) return;
        const key = JSON.stringify([query, params]);
        const known = knownCrashes.get(key);
        if (known) throw known;
        ready ??= start().catch((error: unknown) => {
          ready = undefined;
          throw error;
        });
        await ready;
        try {
          await send(child!, { kind: "plan", query, params });
        } catch (error) {
          if (error instanceof QueryRefusedError) remember(key, error);
          throw error;
        }
      }),
    close() {
      closed = true;
      child?.kill();
    },
  };
}
