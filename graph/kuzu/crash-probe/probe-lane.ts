// One crash-probe child process and the queries it plans, one at a time, so that when the child dies the
// query that killed it is known. The child is started on first use and again after each death; it is
// killed when a plan passes its time limit or when its memory passes its cap: the engine works out constant
// expressions while planning, and `range(1, 20000000)` alone takes it ~10 GB and two minutes.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import { QueryRefusedError, TooLargeError, type GraphError } from "../../errors.js";
import { watchMemory } from "../../store-host/memory-watchdog.js";
import { createSerialQueue } from "../serial-queue.js";

const WORKER = fileURLToPath(new URL("./probe-worker.mjs", import.meta.url));

export interface ProbeLimits {
  timeoutMs: number;
  /** Resident memory of the child (an empty database; ~70 MiB at rest) past which a plan is refused. */
  memoryLimitBytes: number;
}

export interface ProbeEngine {
  packageName: string;
  title: string;
}

export interface ProbeLane {
  /** Queries waiting for this lane or being planned in it. */
  readonly waiting: number;
  /** Plans the query unless `refusedBefore` throws first; rejects with the error that refuses it. */
  plan(query: string, params: Record<string, unknown>, refusedBefore: () => void): Promise<void>;
  close(): void;
}

interface Pending {
  resolve: () => void;
  reject: (error: Error) => void;
}

const mib = (bytes: number) => Math.round(bytes / 1024 / 1024);

export function createProbeLane(
  engine: ProbeEngine,
  schemaStatements: readonly string[],
  limits: ProbeLimits,
): ProbeLane {
  let child: ChildProcess | undefined;
  let ready: Promise<void> | undefined;
  let nextId = 0;
  let waiting = 0;
  // Per child: a child killed on a limit may still exit after its successor has taken a query.
  const pendingOf = new WeakMap<ChildProcess, Map<number, Pending>>();
  // Why a child was killed on purpose; a child that dies by itself crashed.
  const killedFor = new WeakMap<ChildProcess, GraphError>();
  let closed = false;
  const queue = createSerialQueue();

  /** Forget the child at once, so the next query starts a fresh one instead of reaching the dying one. */
  const kill = (which: ChildProcess, why: GraphError) => {
    if (child === which) {
      child = undefined;
      ready = undefined;
    }
    killedFor.set(which, why);
    which.kill("SIGKILL");
  };

  const crashError = (why: string) =>
    new QueryRefusedError(
      `Refused the query: it ends the ${engine.title} engine (${why}), a bug of the engine that the console guards ` +
        "against; it was not run. Rewrite it, e.g. without a NULL where a list, map or path is expected.",
      { refused: "a query that crashes the engine", reason: why },
    );

  const start = (): Promise<void> => {
    const started = spawn(process.execPath, [WORKER, engine.packageName], {
      stdio: ["ignore", "ignore", "ignore", "ipc"],
      serialization: "advanced",
    });
    child = started;
    const pending = new Map<number, Pending>();
    pendingOf.set(started, pending);
    const overCap = (residentBytes: number) =>
      new TooLargeError(
        `The console query needs more memory than ${mib(limits.memoryLimitBytes)} MiB just to be planned ` +
          `(${mib(residentBytes)} MiB reached): the engine works out constant expressions such as a range() ` +
          "before running anything. It was not run. Ask for less: a smaller range or UNWIND.",
        { cause: "memory cap while planning", limitMiB: mib(limits.memoryLimitBytes) },
      );
    // No pid: the spawn failed, and its 'error' rejects the start.
    const watchdog =
      started.pid === undefined
        ? undefined
        : watchMemory(started.pid, limits.memoryLimitBytes, (tree) => kill(started, overCap(tree.residentBytes)));
    started.on("message", (message: { id?: number }) => {
      if (message.id === undefined) return;
      pending.get(message.id)?.resolve();
      pending.delete(message.id);
    });
    started.once("exit", (code, signal) => {
      watchdog?.stop();
      if (child === started) {
        child = undefined;
        ready = undefined;
      }
      const why = killedFor.get(started) ?? crashError(signal ? `signal ${signal}` : `exit code ${code}`);
      for (const [id, waiter] of pending) {
        waiter.reject(why);
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
      const timer = setTimeout(
        () =>
          kill(
            to,
            new QueryRefusedError("Refused the query: the engine could not plan it in time", { refused: "query" }),
          ),
        limits.timeoutMs,
      );
      const done = (outcome: () => void) => () => {
        clearTimeout(timer);
        outcome();
      };
      pending.set(id, { resolve: done(resolve), reject: (error) => done(() => reject(error))() });
      to.send({ ...message, id });
    });
  };

  return {
    get waiting() {
      return waiting;
    },
    async plan(query, params, refusedBefore) {
      waiting++;
      try {
        await queue.run(async () => {
          if (closed) return;
          refusedBefore();
          ready ??= start().catch((error: unknown) => {
            ready = undefined;
            throw error;
          });
          await ready;
          await send(child!, { kind: "plan", query, params });
        });
      } finally {
        waiting--;
      }
    },
    close() {
      closed = true;
      child?.kill();
    },
  };
}
