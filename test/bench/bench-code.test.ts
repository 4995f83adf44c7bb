// The benchmark code at a tiny size: the generator's graphs pass the seed validation and are the same
// for the same seed, one import into Kuzu arrives whole, and one query pass over HTTP answers every case.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateGraph } from "../../bench/generate/generate-records.js";
import { writeGeneratedGraph } from "../../bench/generate/write-graph.js";
import { runTsChild } from "../../bench/support/child-process.js";
import type { ImportWorkerResult } from "../../bench/import/import-worker.js";
import { queryCases } from "../../bench/queries/query-cases.js";
import type { LoadResult } from "../../bench/queries/load-worker.js";
import { startServerProcess } from "../../bench/support/server-process.js";
import { parseBenchArgs } from "../../bench/args.js";
import { renderGraphOf } from "../../bench/render/render-graph.js";
import { loadSeedFolder } from "../../graph/seed/index.js";

const out = mkdtempSync(join(tmpdir(), "bench-test-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("benchmark graph generator", () => {
  it("writes a graph that loads through the seed validation with every record", async () => {
    const manifest = await writeGeneratedGraph({ relations: 400, seed: 7 }, out);
    const graph = await loadSeedFolder(manifest.folder);
    const entities = Object.values(manifest.shape.entities).reduce((a, b) => a + b, 0);
    expect(graph.relations).toHaveLength(400);
    expect(graph.entities).toHaveLength(entities + manifest.shape.sources);
    expect(new Set(graph.relations.map((r) => r.type)).size).toBeGreaterThan(10);
    expect(graph.relations.some((r) => r.amount)).toBe(true);
    expect(graph.relations.some((r) => r.stance === "rivalry")).toBe(true);
    expect(manifest.targets.pairs.length).toBeGreaterThan(0);
    expect(manifest.file.startsWith(out)).toBe(true);
  });

  it("is deterministic from the seed, and another seed gives another graph", async () => {
    const text = (seed: number) =>
      [...generateGraph({ relations: 300, seed }).records].map((r) => JSON.stringify(r)).join("\n");
    expect(text(3)).toBe(text(3));
    expect(text(3)).not.toBe(text(4));
  });

  it("draws ends by preferential attachment: the busiest entity has many times the average degree", () => {
    const graph = generateGraph({ relations: 20_000, seed: 1 });
    for (const _ of graph.records) void _;
    const degrees = [...graph.degrees.Organization];
    const mean = degrees.reduce((a, b) => a + b, 0) / degrees.length;
    expect(Math.max(...degrees)).toBeGreaterThan(mean * 10);
  });

  it("builds render graphs of exactly n nodes and 5n edges between them", () => {
    const graph = renderGraphOf(200, 42);
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(graph.nodes).toHaveLength(200);
    expect(graph.edges).toHaveLength(1000);
    expect(graph.edges.every((e) => ids.has(e.source) && ids.has(e.target))).toBe(true);
  });
});

describe("the embedded store on both engines", () => {
  it("imports into Kuzu 0.11 when the target names it, in a Kuzu file of its own, with every record", async () => {
    const manifest = await writeGeneratedGraph({ relations: 200, seed: 5 }, out);
    const dataDir = join(out, "kuzu-0.11");
    const imported = await runTsChild<ImportWorkerResult>(
      new URL("../../bench/import/import-worker.ts", import.meta.url),
      { folder: manifest.folder, target: { store: "kuzu", engine: "kuzu-0.11", dataDir }, batchSize: 100 },
      { timeoutMs: 120_000 },
    );
    expect(imported.stored).toEqual({ entities: imported.entities, relations: 200 });
    expect(existsSync(join(dataDir, "graph.kuzu"))).toBe(true);
    expect(existsSync(join(dataDir, "graph.lbug"))).toBe(false);
  }, 180_000);
});

describe("benchmark options", () => {
  it("reads sizes such as 10k and 1M and refuses unknown options by name", () => {
    expect(parseBenchArgs(["import", "--sizes=1k,10k,1M"]).importSizes).toEqual([1_000, 10_000, 1_000_000]);
    expect(parseBenchArgs(["--quick"]).commands).toEqual(["import", "queries", "render"]);
    expect(() => parseBenchArgs(["--fast"])).toThrow(/unknown option --fast/);
    expect(() => parseBenchArgs(["sock"])).toThrow(/unknown sub-command "sock"/);
    expect(parseBenchArgs(["soak", "--minutes=2", "--rate=5"])).toMatchObject({
      commands: ["soak"],
      soakMinutes: 2,
      soakRate: 5,
    });
    expect(parseBenchArgs(["neo4j-paths"])).toMatchObject({
      commands: ["neo4j-paths"],
      pathSizes: [100_000],
      rounds: 5,
    });
    expect(parseBenchArgs(["neo4j-paths", "--sizes=1M", "--rounds=2"])).toMatchObject({ pathSizes: [1e6], rounds: 2 });
  });
});

describe("import and query pass at a tiny size", () => {
  it("imports into Kuzu in its own process, then answers every query case over HTTP under load", async () => {
    const manifest = await writeGeneratedGraph({ relations: 300, seed: 11 }, out);
    const dataDir = join(out, "kuzu");
    const imported = await runTsChild<ImportWorkerResult>(
      new URL("../../bench/import/import-worker.ts", import.meta.url),
      { folder: manifest.folder, target: { store: "kuzu", dataDir }, batchSize: 100 },
      { timeoutMs: 120_000 },
    );
    expect(imported.stored).toEqual({ entities: imported.entities, relations: 300 });
    expect(imported.maxRssMiB).toBeGreaterThan(0);

    const server = await startServerProcess({ store: "kuzu", dataDir });
    try {
      for (const queryCase of queryCases(manifest.targets)) {
        for (const path of queryCase.paths) {
          const response = await fetch(`${server.url}${path}`);
          expect(response.status, `${queryCase.name}: ${path}`).toBe(200);
        }
      }
      const [search] = queryCases(manifest.targets);
      const [load] = await runTsChild<LoadResult[]>(
        new URL("../../bench/queries/load-worker.ts", import.meta.url),
        { url: server.url, cases: [search!], connections: [2], durationSeconds: 1 },
        { timeoutMs: 60_000 },
      );
      expect(load!.errors + load!.non2xx).toBe(0);
      expect(load!.latency.count).toBeGreaterThan(0);
    } finally {
      await server.stop();
    }
    expect(JSON.parse(readFileSync(`${manifest.folder}.manifest.json`, "utf8")).relations).toBe(300);
  }, 180_000);
});
