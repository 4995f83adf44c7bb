// The embedded store runs in a supervised host process (as under server/main.ts): a console query that
// allocates without bound, or a crash of the engine while a query runs, ends only the host. The query
// answers with the cause, the host restarts on the same data, health and search answer throughout, the
// killer is refused at once next time, and a write cut off leaves all of it or none.
import { readFile } from "node:fs/promises";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual as isEqual } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { StoreUnavailableError } from "../../graph/errors.js";
import { importSeedFolder } from "../../graph/import/index.js";
import type { Entity } from "../../graph/model/entity.js";
import type { GraphStore } from "../../graph/store.js";
import { treeMemoryOf } from "../../graph/store-host/memory-watchdog.js";
import { openGraph } from "../../server/config/open-graph.js";
import { expectErrorShape, type ApiClient } from "../http/support/api-response.js";
import { injectApp } from "../http/support/injected-app.js";
import { SEED_DIR } from "../http/support/kuzu-test-graph.js";

const MEMORY_LIMIT_BYTES = 640 * 1024 * 1024;
/**
 * Allocates while it runs (~1 GiB a second), in the store's engine: the range is sized by the data, so
 * nothing is worked out while planning. The engine keeps what it allocated.
 */
const MEMORY_HOG = "MATCH (e:Entity) WITH count(e) AS n UNWIND range(1, n * 3000000) AS x RETURN size(collect(x)) AS s";
/** Kuzu 0.11 reached ~6 GB on it (issue 18): LadybugDB folds the range while planning (~10 GB, 2 min). */
const HUNGRY_TO_PLAN = "UNWIND range(1, 20000000) AS x RETURN count(x)";
/**
 * Runs past its 10 s limit in flat memory (~120 MiB): long enough to kill the host under it on any machine.
 * Not range(1, 1000000) × range(1, 1000): LadybugDB holds that in ~900 MiB, so the memory cap ended it first.
 */
const SLOW_QUERY =
  "UNWIND range(1, 10000) AS a UNWIND range(1, 10000) AS b UNWIND range(1, 100) AS c RETURN count(a * b * c)";
const MiB = 1024 * 1024;

let root: string;
let store: GraphStore;
let server: ApiClient;
const warnings: string[] = [];

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "store-host-"));
  const warn = (message: string) => void warnings.push(message);
  const opened = await openGraph({
    dataDir: join(root, "data"),
    storeHost: { memoryLimitBytes: MEMORY_LIMIT_BYTES, warn },
  });
  store = opened.store;
  await importSeedFolder(store, SEED_DIR);
  server = await injectApp({ store, queries: opened.queries, rateLimit: { max: 1_000_000_000 } });
}, 60_000);

afterAll(async () => {
  await server?.close();
  await store?.close();
  await rm(root, { recursive: true, force: true });
});

/** The host process (a child of this one running store-host-child.ts). */
async function hostPid(): Promise<number> {
  const tree = await treeMemoryOf(process.pid);
  for (const pid of tree?.pids ?? []) {
    const command = await readFile(`/proc/${pid}/cmdline`, "utf8").catch(() => "");
    if (command.includes("store-host-child")) return pid;
  }
  throw new Error("no store host process is running");
}

/** Health and search every 100 ms until `until` settles; every answer must be 200. */
async function keepAsking(until: Promise<unknown>): Promise<number[]> {
  let settled = false;
  void until.finally(() => (settled = true));
  const statuses: number[] = [];
  while (!settled) {
    const [health, search] = await Promise.all([server.get("/api/health"), server.get("/api/search?q=microsoft")]);
    statuses.push(health.status, search.status);
    expect(health.body.status).toBe("ok");
    expect(JSON.stringify(search.body)).toMatch(/org:microsoft/);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return statuses;
}

describe("the embedded store in a supervised host process", () => {
  it("answers a memory-hungry console query with 413 naming the memory cap, and stays bounded and answering", async () => {
    const rssBefore = process.memoryUsage().rss;
    const hog = server.post("/api/cypher", { query: MEMORY_HOG });
    const statuses = await keepAsking(hog);
    const error = expectErrorShape(await hog, 413, "too_large");
    expect(error.message).toMatch(/more memory than the store may use \(640 MiB, STORE_MEMORY_LIMIT_MB\)/);
    expect(error.details).toMatchObject({ cause: "memory cap", limitMiB: 640 });
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((status) => status === 200)).toBe(true);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(128 * MiB);
    expect(warnings.join("\n")).toMatch(/over the cap of 640 MiB/);

    const again = performance.now();
    const refused = expectErrorShape(await server.post("/api/cypher", { query: MEMORY_HOG }), 413, "too_large");
    expect(performance.now() - again).toBeLessThan(500);
    expect(refused.message).toMatch(/stopped the store engine before, so it is refused without running/);
    expect(
      (await server.post("/api/cypher", { query: "MATCH (e:Entity) RETURN count(e) AS n" })).body.rows[0][0],
    ).toBeGreaterThan(10);
  }, 60_000);

  it("refuses a query that needs too much memory just to be planned with 413, before the store's engine sees it", async () => {
    const restartsBefore = warnings.length;
    const hungry = server.post("/api/cypher", { query: HUNGRY_TO_PLAN });
    const statuses = await keepAsking(hungry);
    const error = expectErrorShape(await hungry, 413, "too_large");
    expect(error.message).toMatch(/more memory than 256 MiB just to be planned/);
    expect(error.details).toMatchObject({ cause: "memory cap while planning" });
    expect(statuses.every((status) => status === 200)).toBe(true);
    // The host was not stopped: no restart was reported.
    expect(warnings.slice(restartsBefore)).toEqual([]);
    const again = performance.now();
    expectErrorShape(await server.post("/api/cypher", { query: HUNGRY_TO_PLAN }), 413, "too_large");
    expect(performance.now() - again).toBeLessThan(500);
  }, 60_000);

  it("answers a console query whose engine crashes at run time with 422 naming the crash, and keeps answering", async () => {
    const slow = server.post("/api/cypher", { query: SLOW_QUERY });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    process.kill(await hostPid(), "SIGSEGV");
    const statuses = await keepAsking(slow);
    const error = expectErrorShape(await slow, 422, "query_refused");
    expect(error.message).toMatch(/crashed the store engine \(the engine crashed \(signal SIGSEGV\)\)/);
    expect(statuses.every((status) => status === 200)).toBe(true);

    const refused = expectErrorShape(await server.post("/api/cypher", { query: SLOW_QUERY }), 422, "query_refused");
    expect(refused.details).toMatchObject({ known: true });
    expect((await server.get("/api/entities/org:microsoft")).status).toBe(200);
  }, 60_000);

  it("retries a read that was running when the host died, after the restart", async () => {
    const before = await store.counts();
    const counting = store.counts();
    process.kill(await hostPid(), "SIGSEGV");
    expect(await counting).toEqual(before);
  }, 60_000);

  it("keeps reads answering through back-to-back host deaths, some while the host is still opening", async () => {
    const before = await store.counts();
    const reads = Array.from({ length: 30 }, (_, i) =>
      new Promise((resolve) => setTimeout(resolve, i * 40)).then(() => store.counts()),
    );
    // Like runaway console queries one after the other: each new host is killed as soon as it shows up.
    let pid = await hostPid();
    for (let death = 0; death < 4; death++) {
      process.kill(pid, "SIGKILL");
      const dead = pid;
      while ((pid = await hostPid().catch(() => dead)) === dead) await new Promise((r) => setTimeout(r, 10));
    }
    const answers = await Promise.allSettled(reads);
    expect(answers.filter((answer) => answer.status === "rejected").map((answer) => String(answer.reason))).toEqual([]);
    expect(answers.every((answer) => answer.status === "fulfilled" && isEqual(answer.value, before))).toBe(true);
  }, 90_000);

  it("fails a write that was running when the host died with 503, and the graph holds all of it or none", async () => {
    const before = (await store.counts()).entities;
    const batch: Entity[] = Array.from({ length: 50_000 }, (_, i) => ({
      id: `org:store-host-test-${i}`,
      kind: "Organization",
      name: `Store host test organisation ${i}`,
      aliases: [],
      properties: {},
    }));
    const writing = store.upsertEntities(batch);
    await new Promise((resolve) => setTimeout(resolve, 300));
    process.kill(await hostPid(), "SIGSEGV");
    const failure = await writing.then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(StoreUnavailableError);
    expect((failure as Error).message).toMatch(/stopped while upsertEntities ran .*all of this write or none/);
    expect([before, before + batch.length]).toContain((await store.counts()).entities);
  }, 60_000);
});
