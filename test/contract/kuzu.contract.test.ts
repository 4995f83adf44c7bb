// Runs the store contract on the embedded store (LadybugDB) in a temporary folder, plus what only it has:
// its database file, its one-open-per-process rule and its 30-hop limit on variable-length Cypher.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { InvalidInputError, QueryRefusedError, StoreUnavailableError } from "../../graph/errors.js";
import { importSeedFolder } from "../../graph/import/index.js";
import { createKuzuStore } from "../../graph/kuzu/index.js";
import { FIXTURE_SEED_DIR } from "./contract-expectations.js";
import { describeStoreContract } from "./store-contract.js";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "kuzu-contract-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const BUFFER_POOL_BYTES = 64 * 1024 * 1024;
const storeIn = (name: string) =>
  createKuzuStore({ dataDir: path.join(root, name), bufferPoolBytes: BUFFER_POOL_BYTES });

describeStoreContract("kuzu", () => storeIn("contract"));

describe("embedded store (LadybugDB)", () => {
  it("keeps the data in its file across close and reopen", async () => {
    const first = await storeIn("reopen");
    await importSeedFolder(first, FIXTURE_SEED_DIR);
    await first.close();
    const again = await storeIn("reopen");
    try {
      expect(await again.counts()).toEqual({ entities: 14, relations: 15 });
      expect(await again.describe()).toMatch(/^LadybugDB 0\.19\.1 at .*graph\.lbug$/);
    } finally {
      await again.close();
    }
  });

  it("refuses to open the same database twice in one process, and says why", async () => {
    const first = await storeIn("twice");
    try {
      await expect(storeIn("twice")).rejects.toThrow(StoreUnavailableError);
      await expect(storeIn("twice")).rejects.toThrow(/already open/);
    } finally {
      await first.close();
    }
    await (await storeIn("twice")).close();
  });

  it("answers a closed store with StoreUnavailableError", async () => {
    const store = await storeIn("closed");
    await store.close();
    await expect(store.counts()).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  describe("console Cypher", () => {
    const limits = { maxRows: 10, timeoutMs: 5_000 };
    let shared: Awaited<ReturnType<typeof storeIn>> | undefined;
    const store = async () => (shared ??= await storeIn("console"));
    afterAll(async () => shared?.close());

    it("refuses variable-length patterns above Kuzu's 30 hops before running them", async () => {
      const query = "MATCH p = (a:Entity)-[*1..31]->(b:Entity) RETURN p";
      await expect((await store()).runReadOnlyCypher(query, {}, limits)).rejects.toBeInstanceOf(QueryRefusedError);
    });

    it("refuses an empty list parameter, which Kuzu cannot type, with the parameter's name", async () => {
      const query = "MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id";
      await expect((await store()).runReadOnlyCypher(query, { ids: [] }, limits)).rejects.toThrow(InvalidInputError);
      await expect((await store()).runReadOnlyCypher(query, { ids: [] }, limits)).rejects.toThrow(/\$ids/);
    });

    it("reports bad Cypher as invalid input with Kuzu's reason", async () => {
      const query = "MATCH (e:Entity) RETURN e.nosuchproperty AS x";
      await expect((await store()).runReadOnlyCypher(query, {}, limits)).rejects.toThrow(InvalidInputError);
      await expect((await store()).runReadOnlyCypher(query, {}, limits)).rejects.toThrow(/nosuchproperty/);
    });
  });
});
