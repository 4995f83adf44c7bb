// The store host: a child process that opens the embedded store and answers the server's calls of its
// GraphStore methods over IPC. An engine crash or a runaway allocation ends only this process; the
// server's supervisor (supervised-store.ts) restarts it. Started by host-process.ts, never imported.
import { pathToFileURL } from "node:url";
import type { GraphStore } from "../store.js";
import { errorToWire, type FromHost, type StoreFactoryRef, type ToHost } from "./host-protocol.js";

/** Methods whose answers are live objects of this process (functions inside), which cannot be sent. */
const LIVE_OBJECT_METHODS = new Set(["walkIndex", "close"]);

let store: GraphStore | undefined;

const send = (message: FromHost) => {
  if (process.connected) process.send!(message);
};

async function open(factory: StoreFactoryRef) {
  try {
    const url = factory.module.startsWith("file:") ? factory.module : pathToFileURL(factory.module).href;
    const loaded = (await import(url)) as Record<string, unknown>;
    const create = loaded[factory.exportName];
    if (typeof create !== "function") throw new Error(`${factory.module} has no function ${factory.exportName}`);
    store = (await create(factory.config)) as GraphStore;
    const methods = Object.keys(store).filter(
      (name) =>
        typeof (store as unknown as Record<string, unknown>)[name] === "function" && !LIVE_OBJECT_METHODS.has(name),
    );
    send({ type: "opened", kind: store.kind, methods });
  } catch (error) {
    send({ type: "open-failed", error: errorToWire(error) });
  }
}

async function call(id: number, method: string, args: unknown[]) {
  try {
    const target = store as unknown as Record<string, (...args: unknown[]) => Promise<unknown>>;
    if (!store || LIVE_OBJECT_METHODS.has(method) || typeof target[method] !== "function") {
      throw new Error(`the store host has no method ${method}`);
    }
    const value = await target[method]!(...args);
    send({ type: "result", id, value });
  } catch (error) {
    send({ type: "failure", id, error: errorToWire(error) });
  }
}

async function closeAndExit() {
  try {
    await store?.close();
  } finally {
    send({ type: "closed" });
    process.exit(0);
  }
}

process.on("message", (message: ToHost) => {
  if (message.type === "open") void open(message.factory);
  else if (message.type === "call") void call(message.id, message.method, message.args);
  else void closeAndExit();
});
// The server went away without closing us: close the store so its file is released cleanly.
process.on("disconnect", () => void closeAndExit());
