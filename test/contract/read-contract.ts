// Contract cases for a store's reads, against the fixture seed graph: every answer is compared as data
// with an oracle computed from the seed files, so two stores that pass give exactly the same answers.
import { beforeAll, describe, expect, it } from "vitest";
import { importSeedGraph } from "../../graph/import/index.js";
import { foldedTermsOf } from "../../graph/model/search-text.js";
import type { SeedGraph } from "../../graph/seed/index.js";
import type { Relation } from "../../graph/model/relation.js";
import type { AdjacentEdge } from "../../graph/model/graph.js";
import type { EdgeFilter, GraphStore } from "../../graph/store.js";
import {
  edgeOf,
  expectedAdjacency,
  expectedEdges,
  expectedIdsByDegree,
  expectedSchemaCounts,
  idsOf,
  nodeOf,
  sortedById,
} from "./contract-expectations.js";
import { expectedFuzzySearchIds } from "./query-oracle.js";
import { countRelations } from "../../graph/queries/cap-hubs.js";

export function describeReadContract(storeOf: () => GraphStore, fixtureOf: () => SeedGraph): void {
  describe("reads", () => {
    beforeAll(async () => {
      await storeOf().clear();
      await importSeedGraph(storeOf(), fixtureOf());
    });

    const search = (query: string, kinds?: Parameters<GraphStore["searchCandidates"]>[1]["kinds"]) =>
      storeOf()
        .searchCandidates(foldedTermsOf(query), { limit: 50, ...(kinds ? { kinds } : {}) })
        .then(idsOf);

    it("counts every imported entity and relation", async () => {
      expect(await storeOf().counts()).toEqual({
        entities: fixtureOf().entities.length,
        relations: fixtureOf().relations.length,
      });
    });

    it("counts entities per kind and relations per type, present ones only, sorted by name", async () => {
      expect(await storeOf().schemaCounts()).toEqual(expectedSchemaCounts(fixtureOf()));
    });

    it("finds entities by name regardless of case and accents", async () => {
      expect(await search("MÜLLER")).toEqual(["person:juergen-mueller"]);
      expect(await search("jurgen muller")).toEqual(["person:juergen-mueller"]);
      expect(await search("grosse bank")).toEqual(["org:grosse-bank"]);
    });

    it("finds entities by alias, with accents folded on both sides", async () => {
      expect(await search("pentagon")).toEqual(["org:dod"]);
      expect(await search("Pentágon")).toEqual(["org:dod"]);
      expect(await search("web services")).toEqual(["org:amazon"]);
    });

    it("requires every term and filters by kind", async () => {
      expect(await search("amazon oracle")).toEqual([]);
      expect(await search("jedi")).toEqual(["contract:jedi", "event:jedi-award"]);
      expect(await search("jedi", ["Contract"])).toEqual(["contract:jedi"]);
      expect(await search("jedi", ["Person"])).toEqual([]);
    });

    it("requires every one of many terms, however many", async () => {
      // Eight and nine terms (the Kuzu store writes up to eight into its statement, then tests a list).
      const eight = "gr gro gros gross grosse ba ban bank";
      expect(await search(eight)).toEqual(["org:grosse-bank"]);
      expect(await search(`${eight} ank`)).toEqual(["org:grosse-bank"]);
      expect(await search("gr gro gros gross grosse ba ban zzz")).toEqual([]);
      expect(await search(`${eight} zzz`)).toEqual([]);
      expect(await search(`${eight} ank`, ["Person"])).toEqual([]);
    });

    const fuzzySearch = (query: string, options: { kinds?: ("Person" | "Organization")[]; limit?: number } = {}) =>
      storeOf()
        .searchCandidates(foldedTermsOf(query), { limit: options.limit ?? 50, fuzzy: true, kinds: options.kinds })
        .then((nodes) => nodes.map((node) => node.id));

    it("forgives one typo per word and reads Mueller as Müller when asked to", async () => {
      for (const typo of ["Microsft", "Mircosoft", "microsaft", "MICORSOFT"]) {
        expect(await fuzzySearch(typo), typo).toContain("org:microsoft");
        expect(await search(typo), typo).toEqual([]);
      }
      expect(await fuzzySearch("Jurgen Mueller")).toEqual(["person:juergen-mueller"]);
      expect(await fuzzySearch("pentagn")).toEqual(["org:dod"]);
      expect(await fuzzySearch("Mircosoft", { kinds: ["Person"] })).toEqual([]);
    });

    it("finds with typos forgiven exactly what the search keys say, in id order, up to the limit", async () => {
      for (const query of ["microsft", "amazn web", "grose bank", "jedi", "clod", "a", "mueller", "zzzz"]) {
        expect(await fuzzySearch(query), query).toEqual(expectedFuzzySearchIds(fixtureOf(), query));
      }
      const some = expectedFuzzySearchIds(fixtureOf(), "clod");
      expect(await fuzzySearch("clod", { limit: 1 })).toEqual(some.slice(0, 1));
      expect(await fuzzySearch("amazn", { kinds: ["Organization"] })).toEqual(
        expectedFuzzySearchIds(fixtureOf(), "amazn", ["Organization"]),
      );
    });

    it("returns candidates in id order and stops at the limit", async () => {
      const all = await storeOf().searchCandidates(["a"], { limit: 100 });
      expect(all.map((n) => n.id)).toEqual(idsOf(all));
      const firstTwo = await storeOf().searchCandidates(["a"], { limit: 2 });
      expect(firstTwo).toEqual(all.slice(0, 2));
      expect(await storeOf().searchCandidates(["a"], { limit: 0 })).toEqual([]);
    });

    it("lists entities of the kinds in id order when there are no terms", async () => {
      const people = await storeOf().searchCandidates([], { kinds: ["Person"], limit: 10 });
      expect(people.map((n) => n.id)).toEqual(idsOf(fixtureOf().entities.filter((e) => e.kind === "Person")));
    });

    it("returns entities with their aliases and properties as imported, skipping unknown ids", async () => {
      const ids = ["org:microsoft", "contract:jedi", "org:oracle", "src:beta", "org:nobody"];
      const expected = sortedById(
        fixtureOf()
          .entities.filter((e) => ids.includes(e.id))
          .map(nodeOf),
      );
      expect(sortedById(await storeOf().getEntities(ids))).toEqual(expected);
      expect(await storeOf().getEntities([])).toEqual([]);
    });

    it("lists entity ids by degree, then id", async () => {
      expect(await storeOf().listEntityIds({ limit: 100 })).toEqual(expectedIdsByDegree(fixtureOf()));
      expect(await storeOf().listEntityIds({ limit: 3, kinds: ["Person", "Organization"] })).toEqual(
        expectedIdsByDegree(fixtureOf(), ["Person", "Organization"]).slice(0, 3),
      );
    });

    it("returns relations in full: dates, amounts (whole and fractional), notes and evidence", async () => {
      const ids = fixtureOf().relations.map((r) => r.id);
      expect(sortedById(await storeOf().getRelations([...ids, "rel:nothing"]))).toEqual(
        expectedEdges(fixtureOf(), () => true),
      );
      const [won] = await storeOf().getRelations(["rel:org:microsoft>won>contract:jedi"]);
      expect(won?.amount).toEqual({ value: 10_000_000_000, currency: "USD", qualifier: "up to" });
      expect(won?.evidence).toHaveLength(2);
      const [invests] = await storeOf().getRelations(["rel:org:grosse-bank>invests_in>org:amazon"]);
      expect(invests?.amount).toEqual({ value: 3.5, currency: "EUR", qualifier: "about" });
      expect(await storeOf().getRelations([])).toEqual([]);
    });

    it("reads relations in full through their known ends, leaving out ones not there with those ends", async () => {
      const light = expectedAdjacency(fixtureOf(), ["org:amazon", "contract:jedi"], {});
      const expected = expectedEdges(fixtureOf(), (r) => light.some((edge) => edge.id === r.id));
      expect(sortedById(await storeOf().getRelationsAt([...light, light[0]!]))).toEqual(expected);
      const [first] = light;
      const moved = { ...first!, source: first!.target, target: first!.source };
      const missing = { ...first!, id: "rel:nothing" };
      expect(await storeOf().getRelationsAt([moved, missing])).toEqual(
        first!.source === first!.target ? expected.filter((edge) => edge.id === first!.id) : [],
      );
      expect(await storeOf().getRelationsAt([])).toEqual([]);
    });

    it("gives adjacency both ways by default, ordered by edge id", async () => {
      const found = await storeOf().adjacency(["org:microsoft"], {});
      expect(found).toEqual(expectedAdjacency(fixtureOf(), ["org:microsoft"], {}));
      expect(found.map((e) => e.id)).toContain("rel:org:amazon>competes_with>org:microsoft");
    });

    it("filters adjacency by direction", async () => {
      for (const direction of ["out", "in", "both"] as const) {
        const ids = ["org:amazon", "contract:jedi"];
        expect(await storeOf().adjacency(ids, { direction })).toEqual(
          expectedAdjacency(fixtureOf(), ids, { direction }),
        );
      }
      expect(await storeOf().adjacency(["person:jeff-bezos"], { direction: "in" })).toEqual([]);
    });

    it("filters adjacency by relation type and by stance", async () => {
      const ids = ["org:amazon"];
      const byType = await storeOf().adjacency(ids, { types: ["PROTESTED", "CEO_OF"] });
      expect(byType.map((e) => e.type).sort()).toEqual(["CEO_OF", "PROTESTED"]);
      expect(byType).toEqual(expectedAdjacency(fixtureOf(), ids, { types: ["PROTESTED", "CEO_OF"] }));
      const rivalry = await storeOf().adjacency(ids, { stances: ["rivalry"] });
      expect(rivalry.map((e) => e.id)).toEqual([
        "rel:org:amazon>competes_with>org:microsoft",
        "rel:org:amazon>protested>contract:jedi",
      ]);
      const partnersIn = { direction: "in", stances: ["partnership"] } satisfies EdgeFilter;
      expect(await storeOf().adjacency(ids, partnersIn)).toEqual(expectedAdjacency(fixtureOf(), ids, partnersIn));
      expect(await storeOf().adjacency(ids, partnersIn)).toHaveLength(1);
      expect(await storeOf().adjacency([], {})).toEqual([]);
    });

    it("gives the light relations among a set of entities, filtered by type and stance, by id", async () => {
      const ids = ["org:microsoft", "org:amazon", "contract:jedi", "org:nobody"];
      const inside = (edge: AdjacentEdge) => ids.includes(edge.source) && ids.includes(edge.target);
      const all = expectedAdjacency(fixtureOf(), ids, {}).filter(inside);
      expect(all.length).toBeGreaterThan(2);
      expect(await storeOf().adjacencyAmong(ids, {})).toEqual(all);
      const rivalry = expectedAdjacency(fixtureOf(), ids, { stances: ["rivalry"] }).filter(inside);
      expect(rivalry.length).toBeGreaterThan(0);
      expect(await storeOf().adjacencyAmong(ids, { stances: ["rivalry"] })).toEqual(rivalry);
      expect(await storeOf().adjacencyAmong(ids, { types: ["WON"] })).toEqual(
        expectedAdjacency(fixtureOf(), ids, { types: ["WON"] }).filter(inside),
      );
      expect(await storeOf().adjacencyAmong([], {})).toEqual([]);
    });

    it("reads out the relations of entities up to the hub degree and only counts the hubs', by type and direction", async () => {
      const ids = ["org:microsoft", "org:amazon", "contract:jedi", "org:dod", "org:nobody"];
      const touching = (id: string, filter: EdgeFilter) => expectedAdjacency(fixtureOf(), [id], filter);
      for (const [filter, hubDegree] of [
        [{}, 4],
        [{ types: ["WON", "AWARDED", "PROTESTED"] }, 1],
      ] as [EdgeFilter, number][]) {
        const hubs = ids.filter((id) => touching(id, filter).length > hubDegree);
        const walked = ids.filter((id) => !hubs.includes(id));
        expect(hubs.length, JSON.stringify(filter)).toBeGreaterThan(0);
        expect(walked.filter((id) => touching(id, filter).length > 0).length, JSON.stringify(filter)).toBeGreaterThan(
          0,
        );
        const answer = await storeOf().cappedAdjacency(ids, filter, hubDegree);
        expect(answer.edges).toEqual(expectedAdjacency(fixtureOf(), walked, filter));
        expect(answer.hubs).toEqual(hubs.sort().map((id) => countRelations(id, touching(id, filter))));
      }
      expect(await storeOf().cappedAdjacency([], {}, 1)).toEqual({ edges: [], hubs: [] });
    });

    it("returns relations among a set of entities, both ends inside", async () => {
      const ids = ["org:microsoft", "org:amazon", "contract:jedi", "org:nobody"];
      const expected = expectedEdges(fixtureOf(), (r) => ids.includes(r.from) && ids.includes(r.to));
      expect(expected.length).toBeGreaterThan(2);
      expect(sortedById(await storeOf().relationsAmong(ids))).toEqual(expected);
      expect(await storeOf().relationsAmong([])).toEqual([]);
      const rivalry = expectedEdges(
        fixtureOf(),
        (r) => ids.includes(r.from) && ids.includes(r.to) && r.stance === "rivalry",
      );
      expect(rivalry.length).toBeGreaterThan(0);
      expect(sortedById(await storeOf().relationsAmong(ids, { stances: ["rivalry"] }))).toEqual(rivalry);
      const won = expectedEdges(fixtureOf(), (r) => ids.includes(r.from) && ids.includes(r.to) && r.type === "WON");
      expect(await storeOf().relationsAmong(ids, { types: ["WON"] })).toEqual(won);
    });

    it("returns every relation of an entity once, in full", async () => {
      const expected = expectedEdges(fixtureOf(), (r) => r.from === "org:amazon" || r.to === "org:amazon");
      expect(sortedById(await storeOf().relationsOf("org:amazon"))).toEqual(expected);
      expect(await storeOf().relationsOf("org:nobody")).toEqual([]);
    });

    it("returns the relations citing a source", async () => {
      const cites = (source: string) => (r: Relation) => r.evidence.some((item) => item.source === source);
      expect(sortedById(await storeOf().relationsCiting("src:beta"))).toEqual(
        expectedEdges(fixtureOf(), cites("src:beta")),
      );
      const [won] = fixtureOf()
        .relations.filter((r) => r.type === "WON")
        .map(edgeOf);
      expect(await storeOf().relationsCiting("src:alpha")).toContainEqual(won);
      expect(await storeOf().relationsCiting("src:nothing")).toEqual([]);
    });
  });
}
