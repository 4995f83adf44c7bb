// A Kuzu store in a fresh temp folder for the tests of one describe block: opened before them, closed and
// deleted after them. Call it inside describe(); the getter gives the store once beforeAll has run.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import type { GraphStore } from "../store.js";
import { createKuzuStore } from "./index.js";

export function useTempKuzuStore(prefix: string): () => GraphStore {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  let store: GraphStore | undefined;
  beforeAll(async () => {
    store = await createKuzuStore({ dataDir: dir, bufferPoolBytes: 64 * 1024 * 1024 });
  });
  afterAll(async () => {
    await store?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    if (!store) throw new Error("the temp Kuzu store opens in beforeAll; use it inside a test");
    return store;
  };
}
