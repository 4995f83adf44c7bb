import { describe, expect, it } from "vitest";
import type { Relation } from "../model/relation.js";
import type { GraphStore, RelationEnd } from "../store.js";
import { createWalkIndexLayer } from "./walk-index-layer.js";

const end = (id: string, source: string, target: string): RelationEnd => ({
  id,
  source,
  target,
  type: "PARTNERS_WITH",
  status: "confirmed",
});

/** A store that holds relation ends only, counts how often they are listed, and can hold a listing back. */
function storeOfEnds(initial: RelationEnd[]) {
  let ends = [...initial];
  let listings = 0;
  let holdNext = false;
  let release: (() => void) | undefined;
  const store = {
    async listRelationEnds() {
      listings++;
      const snapshot = [...ends];
      if (holdNext) {
        holdNext = false;
        await new Promise<void>((resolve) => (release = resolve));
      }
      return snapshot;
    },
    async upsertRelations(relations: readonly Relation[]) {
      ends = [...ends, ...relations.map((r) => end(r.id, r.from, r.to))];
    },
    async clear() {
      ends = [];
    },
  };
  return {
    store: store as unknown as GraphStore,
    listings: () => listings,
    holdNextListing: () => (holdNext = true),
    releaseListing: () => release?.(),
  };
}

const relation = (id: string, from: string, to: string) => ({ id, from, to }) as unknown as Relation;
const nodesOf = async (current: () => Promise<{ nodeIds: string[] }>) => [...(await current()).nodeIds].sort();

describe("the walk index layer", () => {
  it("lists the store's relation ends once and keeps the index until a relation write", async () => {
    const fake = storeOfEnds([end("r1", "a", "b")]);
    const layer = createWalkIndexLayer(fake.store, { maxAgeMs: Infinity });
    const first = await layer.current();
    expect(await layer.current()).toBe(first);
    expect(fake.listings()).toBe(1);

    await layer.store.upsertRelations([relation("r2", "b", "c")]);
    expect(await nodesOf(layer.current)).toEqual(["a", "b", "c"]);
    await layer.store.clear();
    expect(await nodesOf(layer.current)).toEqual([]);
    expect(fake.listings()).toBe(3);
  });

  it("answers a search with a listing that overlapped a write once, and lists again for the next", async () => {
    const fake = storeOfEnds([end("r1", "a", "b")]);
    const layer = createWalkIndexLayer(fake.store, { maxAgeMs: Infinity });
    fake.holdNextListing();
    const during = layer.current();
    await layer.store.upsertRelations([relation("r2", "b", "c")]);
    fake.releaseListing();
    expect([...(await during).nodeIds].sort()).toEqual(["a", "b"]);
    expect(await nodesOf(layer.current)).toEqual(["a", "b", "c"]);
  });

  it("lists again once the index is older than maxAgeMs, for writes it cannot see", async () => {
    let now = 0;
    const fake = storeOfEnds([end("r1", "a", "b")]);
    const layer = createWalkIndexLayer(fake.store, { maxAgeMs: 1_000, now: () => now });
    await layer.current();
    // Another server writes straight to the shared store.
    await fake.store.upsertRelations([relation("r2", "b", "c")]);
    now = 999;
    expect(await nodesOf(layer.current)).toEqual(["a", "b"]);
    now = 1_001;
    expect(await nodesOf(layer.current)).toEqual(["a", "b", "c"]);
  });

  it("reads the ends for every search with maxAgeMs 0", async () => {
    const fake = storeOfEnds([end("r1", "a", "b")]);
    const layer = createWalkIndexLayer(fake.store, { maxAgeMs: 0 });
    await layer.current();
    await layer.current();
    expect(fake.listings()).toBe(2);
  });
});
