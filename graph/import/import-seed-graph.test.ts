import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { createKuzuStore } from "../kuzu/index.js";
import type { Entity } from "../model/entity.js";
import { toRelation } from "../model/relation.js";
import type { SeedGraph } from "../seed/index.js";
import type { GraphStore } from "../store.js";
import { batchesOf, importSeedFolder, importSeedGraph, type ImportProgress } from "./import-seed-graph.js";

const org = (slug: string): Entity => ({
  id: `org:${slug}`,
  kind: "Organization",
  name: slug,
  aliases: [],
  properties: {},
});
const source: Entity = {
  id: "src:a",
  kind: "Source",
  name: "A",
  aliases: [],
  properties: { title: "A", language: "de", file: "a.txt", published: "2020", publishedInferred: false },
};
const partners = (from: string, to: string) =>
  toRelation({
    type: "PARTNERS_WITH",
    from: `org:${from}`,
    to: `org:${to}`,
    status: "confirmed",
    evidence: [{ source: "src:a", paragraph: 1, summary: `${from} partners with ${to}.` }],
  });

const graph: SeedGraph = {
  entities: [source, ...["a", "b", "c", "d", "e"].map(org)],
  relations: [partners("a", "b"), partners("b", "c"), partners("c", "d"), partners("d", "e"), partners("e", "a")],
};

/** Records every upsert call that reaches the (real) store, to see batches and their order. */
function recording(store: GraphStore) {
  const calls: string[] = [];
  const wrapped: GraphStore = {
    ...store,
    upsertEntities: async (entities) => {
      calls.push(`entities ${entities.length}`);
      await store.upsertEntities(entities);
    },
    upsertRelations: async (relations) => {
      calls.push(`relations ${relations.length}`);
      await store.upsertRelations(relations);
    },
  };
  return { wrapped, calls };
}

describe("seed import", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "import-test-"));
  let store: GraphStore;
  beforeAll(async () => {
    store = await createKuzuStore({ dataDir: dir, bufferPoolBytes: 64 * 1024 * 1024 });
  });
  afterAll(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => store.clear());

  it("writes entities first, then relations, in batches of the given size, reporting progress", async () => {
    const { wrapped, calls } = recording(store);
    const progress: ImportProgress[] = [];
    const summary = await importSeedGraph(wrapped, graph, { batchSize: 4, onProgress: (p) => progress.push(p) });
    expect(calls).toEqual(["entities 4", "entities 2", "relations 4", "relations 1"]);
    expect(progress).toEqual([
      { phase: "entities", done: 0, total: 6 },
      { phase: "entities", done: 4, total: 6 },
      { phase: "entities", done: 6, total: 6 },
      { phase: "relations", done: 0, total: 5 },
      { phase: "relations", done: 4, total: 5 },
      { phase: "relations", done: 5, total: 5 },
    ]);
    expect(summary).toMatchObject({ entities: 6, relations: 5 });
    expect(await store.counts()).toEqual({ entities: 6, relations: 5 });
  });

  it("changes nothing when run twice", async () => {
    await importSeedGraph(store, graph, { batchSize: 2 });
    const before = await store.relationsAmong(graph.entities.map((e) => e.id));
    await importSeedGraph(store, graph, { batchSize: 3 });
    expect(await store.counts()).toEqual({ entities: 6, relations: 5 });
    expect(await store.relationsAmong(graph.entities.map((e) => e.id))).toEqual(before);
  });

  it("refuses a graph with a dangling relation before writing anything", async () => {
    const { wrapped, calls } = recording(store);
    const bad = { ...graph, relations: [...graph.relations, partners("a", "nobody")] };
    await expect(importSeedGraph(wrapped, bad)).rejects.toThrow(InvalidInputError);
    await expect(importSeedGraph(wrapped, bad)).rejects.toThrow(/org:nobody/);
    expect(calls).toEqual([]);
    expect(await store.counts()).toEqual({ entities: 0, relations: 0 });
  });

  it("refuses a batch size that is not a positive whole number", async () => {
    await expect(importSeedGraph(store, graph, { batchSize: 0 })).rejects.toThrow(/batchSize/);
    await expect(importSeedGraph(store, graph, { batchSize: 2.5 })).rejects.toThrow(InvalidInputError);
  });

  it("refuses a folder that does not exist, naming it", async () => {
    await expect(importSeedFolder(store, path.join(dir, "no-such-folder"))).rejects.toThrow(/no-such-folder/);
  });
});

describe("batches", () => {
  it("cover every item once, in order, with a running count", () => {
    expect([...batchesOf([1, 2, 3, 4, 5], 2)]).toEqual([
      [2, [1, 2]],
      [4, [3, 4]],
      [5, [5]],
    ]);
    expect([...batchesOf([], 3)]).toEqual([]);
  });
});
