// One store host process: forked with structured-clone IPC, opened on a store factory, answering calls
// by id, watched for memory. When it dies, every call it had not answered fails with HostDiedError,
// which says why (memory cap, engine crash, no answer in time); the supervisor decides what then.
import { fork } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { errorFromWire, type FromHost, type StoreFactoryRef, type ToHost } from "./host-protocol.js";
import { watchMemory } from "./memory-watchdog.js";

const CHILD = fileURLToPath(new URL("./store-host-child.ts", import.meta.url));
const CLOSE_GRACE_MS = 10_000;

export type HostDeath =
  | { cause: "memory"; residentBytes: number; limitBytes: number }
  | { cause: "crash"; signal: string | null; code: number | null }
  | { cause: "unresponsive"; method: string; waitedMs: number };

export class HostDiedError extends Error {
  constructor(readonly death: HostDeath) {
    super(`the store host stopped: ${describeDeath(death)}`);
    this.name = "HostDiedError";
  }
}

export function describeDeath(death: HostDeath): string {
  if (death.cause === "memory") {
    return `it used ${mib(death.residentBytes)} of memory, over the cap of ${mib(death.limitBytes)}, and was stopped`;
  }
  if (death.cause === "unresponsive") return `${death.method} gave no answer within ${death.waitedMs} ms`;
  return death.signal ? `the engine crashed (signal ${death.signal})` : `the engine exited (code ${death.code})`;
}

const mib = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MiB`;

export interface StoreHostProcess {
  readonly pid: number;
  readonly kind: string;
  /** The store's methods, as the host found them on the object its factory returned. */
  readonly methods: readonly string[];
  /** False from the moment the process is seen to exit. */
  readonly alive: boolean;
  /** Calls a store method; past `deadlineMs` (when given) the host is killed as unresponsive. */
  call(method: string, args: unknown[], deadlineMs?: number): Promise<unknown>;
  /** Resolves when the process has ended: with why, or undefined after close(). */
  readonly ended: Promise<HostDeath | undefined>;
  close(): Promise<void>;
}

export interface StoreHostOptions {
  factory: StoreFactoryRef;
  memoryLimitBytes: number;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer?: NodeJS.Timeout;
}

export async function startStoreHost(options: StoreHostOptions): Promise<StoreHostProcess> {
  const child = fork(CHILD, [], {
    execArgv: ["--import", tsxLoaderUrl()],
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let death: HostDeath | undefined;
  let closing = false;
  let exited = false;

  const kill = (why: HostDeath) => {
    death ??= why;
    child.kill("SIGKILL");
  };
  const watchdog = watchMemory(child.pid!, options.memoryLimitBytes, (tree) => {
    // The host's own children (the crash probe) go first: killed host-first, they would outlive it.
    for (const pid of tree.pids.slice(1).reverse()) killQuietly(pid);
    kill({ cause: "memory", residentBytes: tree.residentBytes, limitBytes: options.memoryLimitBytes });
  });

  const ended = new Promise<HostDeath | undefined>((resolve) => {
    child.once("exit", (code, signal) => {
      exited = true;
      watchdog.stop();
      if (!closing) death ??= { cause: "crash", signal, code };
      const why = death ?? { cause: "crash", signal, code };
      for (const waiting of pending.values()) {
        clearTimeout(waiting.timer);
        waiting.reject(new HostDiedError(why));
      }
      pending.clear();
      resolve(death);
    });
  });

  child.on("message", (message: FromHost) => {
    if (message.type !== "result" && message.type !== "failure") return;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    clearTimeout(waiting.timer);
    if (message.type === "result") waiting.resolve(message.value);
    else waiting.reject(errorFromWire(message.error));
  });

  // A send can only fail when the channel is closing; the exit handler then answers every pending call.
  child.on("error", () => undefined);
  const send = (message: ToHost) => {
    if (child.connected) child.send(message, () => undefined);
  };
  const opened = await new Promise<{ kind: string; methods: string[] }>((resolve, reject) => {
    child.on("message", (message: FromHost) => {
      if (message.type === "opened") resolve(message);
      if (message.type === "open-failed") reject(errorFromWire(message.error));
    });
    void ended.then((why) => reject(new HostDiedError(why ?? { cause: "crash", signal: null, code: 0 })));
    send({ type: "open", factory: options.factory });
  }).catch((error: unknown) => {
    kill({ cause: "crash", signal: null, code: null });
    throw error;
  });

  return {
    pid: child.pid!,
    kind: opened.kind,
    methods: opened.methods,
    ended,
    get alive() {
      return !exited;
    },
    call(method, args, deadlineMs) {
      if (death || closing)
        return Promise.reject(new HostDiedError(death ?? { cause: "crash", signal: null, code: 0 }));
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const waiting: Pending = { resolve, reject };
        if (deadlineMs !== undefined) {
          waiting.timer = setTimeout(() => kill({ cause: "unresponsive", method, waitedMs: deadlineMs }), deadlineMs);
        }
        pending.set(id, waiting);
        send({ type: "call", id, method, args });
      });
    },
    async close() {
      if (closing) return void (await ended);
      closing = true;
      const force = setTimeout(() => child.kill("SIGKILL"), CLOSE_GRACE_MS);
      if (child.connected) send({ type: "close" });
      await ended;
      clearTimeout(force);
    },
  };
}

function killQuietly(pid: number) {
  try {
    process.kill(pid, "SIGKILL");
  } catch {
    // Already gone.
  }
}

/** tsx's ES module loader by absolute URL, so the host starts whatever the server's working folder. */
function tsxLoaderUrl(): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve("tsx/package.json");
  const entry = (JSON.parse(readFileSync(manifest, "utf8")) as { exports: { ".": string } }).exports["."];
  return pathToFileURL(join(dirname(manifest), entry)).href;
}
