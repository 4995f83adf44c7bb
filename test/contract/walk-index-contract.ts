// The walk index in front of a store (graph/walk-index/): the store lists every relation's ends as plain
// data, and paths through a kept index follow every relation write made through the layer's store.
import { beforeAll, describe, expect, it } from "vitest";
import type { Entity } from "../../graph/model/entity.js";
import { toRelation, type RelationInput } from "../../graph/model/relation.js";
import { createGraphQueries, type GraphQueries } from "../../graph/queries/index.js";
import type { GraphStore } from "../../graph/store.js";
import { createWalkIndexLayer } from "../../graph/walk-index/walk-index-layer.js";

const SOURCE = "src:walks";
const [A, B, C, D, D2] = ["org:walk-a", "org:walk-b", "org:walk-c", "org:walk-d", "org:walk-d-twin"];

const entity = (id: string, kind: Entity["kind"] = "Organization"): Entity =>
  ({ id, kind, name: id.slice(4), aliases: [], properties: {} }) as Entity;

const relation = (from: string, to: string, extra: Partial<RelationInput> = {}) =>
  toRelation({
    type: "PARTNERS_WITH",
    from,
    to,
    status: "confirmed",
    evidence: [{ source: SOURCE, paragraph: 1, summary: `${from} works with ${to}` }],
    ...extra,
  });

const ENTITIES = [A, B, C, D, D2].map((id) => entity(id)).concat(entity(SOURCE, "Source"));
/** A → B → C → D, and the twin of D beside A: the shortest A-D path has three steps. */
const CHAIN = [
  relation(A, B, { date: { start: "2019", end: "2020-06" } }),
  relation(B, C, { status: "alleged", directed: false }),
  relation(C, D),
  relation(D2, A),
];

export function describeWalkIndexContract(storeOf: () => GraphStore): void {
  describe("walk index", () => {
    let store: GraphStore;
    let queries: GraphQueries;
    const route = async (from: string, to: string) =>
      (await queries.paths({ from, to, maxHops: 4 })).paths[0]?.nodeIds ?? [];

    beforeAll(async () => {
      await storeOf().clear();
      await storeOf().upsertEntities(ENTITIES);
      await storeOf().upsertRelations(CHAIN);
      const walks = createWalkIndexLayer(storeOf(), { maxAgeMs: Infinity });
      store = walks.store;
      queries = createGraphQueries(store, { walkIndex: walks.current });
    }, 60_000);

    it("lists every relation once with its ends, type, status, period and direction", async () => {
      const ends = (await storeOf().listRelationEnds()).sort((x, y) => (x.id < y.id ? -1 : 1));
      const expected = CHAIN.map((r) => ({
        id: r.id,
        source: r.from,
        target: r.to,
        type: r.type,
        status: r.status,
        ...(r.date ? { dateStart: r.date.start, ...(r.date.end ? { dateEnd: r.date.end } : {}) } : {}),
        ...(r.directed === false ? { directed: false } : {}),
      })).sort((x, y) => (x.id < y.id ? -1 : 1));
      expect(ends).toEqual(expected);
      expect(JSON.parse(JSON.stringify(ends))).toEqual(ends);
    });

    it("finds a path written after the index was built, and loses one merged away and back", async () => {
      expect(await route(A, D)).toEqual([A, B, C, D]);
      await store.upsertRelations([relation(B, D)]);
      expect(await route(A, D)).toEqual([A, B, D]);

      // D2 merged into D: D2's tie to A is now D's, one step.
      const merge = await store.mergeEntities({ keep: D, merge: D2, reason: "same firm", by: "walk-contract" });
      expect(await route(A, D)).toEqual([A, D]);
      await store.undoMerge(merge.id, { by: "walk-contract" });
      expect(await route(A, D)).toEqual([A, B, D]);
    });

    it("forgets everything on clear", async () => {
      await store.clear();
      await store.upsertEntities(ENTITIES);
      expect(await route(A, D)).toEqual([]);
    });
  });
}
