// What a merge moves: relations re-pointed with ids that follow their ends, relations the kept entity
// already has combined, relations between the two dropped, aliases and missing properties carried over.
import { describe, expect, it } from "vitest";
import { relationOfEdge } from "../model/graph.js";
import { edgeBetween, orgNode } from "./fixtures.test-support.js";
import { planMerge, repointedId } from "./plan-merge.js";

const org = orgNode;
const evidence = (paragraph: number) => [{ source: "src:a", paragraph, summary: `item ${paragraph}` }];
const edge: typeof edgeBetween = (source, type, target, extra = {}) =>
  edgeBetween(source, type, target, { evidence: evidence(1), ...extra });

const keep = org("org:siemens", "Siemens", [], { country: "DE" });
const merge = org("org:siemens-ag", "Siemens AG", ["SAG"], { country: "Germany", sector: "industry" });
const kept = edge("org:siemens", "WON", "contract:x");
const relations = [
  kept,
  edge("org:siemens-ag", "WON", "contract:x", { evidence: evidence(2), note: "via consortium" }),
  edge("org:siemens-ag", "WON", "contract:y", { id: "rel:org:siemens-ag>won>contract:y|7" }),
  edge("person:ceo", "CEO_OF", "org:siemens-ag", { id: "rel:custom-ceo" }),
  edge("org:siemens", "SUBSIDIARY_OF", "org:siemens-ag"),
];

describe("planMerge", () => {
  const plan = planMerge(keep, merge, relations);

  it("re-points the merged entity's relations, with new ids where the id names the ends", () => {
    expect(plan.moved.repointed).toEqual([
      { from: "rel:custom-ceo", to: "rel:custom-ceo" },
      { from: "rel:org:siemens-ag>won>contract:y|7", to: "rel:org:siemens>won>contract:y|7" },
    ]);
    expect(plan.writeRelations.find((e) => e.id === "rel:custom-ceo")).toMatchObject({
      source: "person:ceo",
      target: "org:siemens",
    });
  });

  it("combines a relation the kept entity already has: kept fields win, evidence joins, gaps fill", () => {
    expect(plan.moved.combined).toEqual([{ from: "rel:org:siemens-ag>won>contract:x", into: kept.id }]);
    expect(plan.writeRelations.find((e) => e.id === kept.id)).toEqual({
      ...kept,
      note: "via consortium",
      evidence: [...evidence(1), ...evidence(2)],
    });
  });

  it("drops relations between the two, which would point at their own start", () => {
    expect(plan.moved.dropped).toEqual(["rel:org:siemens>subsidiary_of>org:siemens-ag"]);
    expect(plan.writeRelations.some((e) => e.source === e.target)).toBe(false);
  });

  it("gives the kept entity the merged name and aliases, and only the properties it lacks", () => {
    expect(plan.keptEntity).toEqual(
      org("org:siemens", "Siemens", ["Siemens AG", "SAG"], { country: "DE", sector: "industry" }),
    );
    expect(plan.moved).toMatchObject({ aliasesAdded: ["Siemens AG", "SAG"], propertiesFilled: ["sector"] });
  });

  it("snapshots everything it touches: both entities and every relation deleted, and what it writes", () => {
    expect(plan.before.entities).toEqual([keep, merge]);
    expect(plan.before.relations.map((e) => e.id).sort()).toEqual(relations.map((e) => e.id).sort());
    expect(plan.deleteRelations).toEqual(plan.before.relations);
    expect(plan.after).toEqual({ entities: [plan.keptEntity], relations: plan.writeRelations });
  });

  it("refuses itself, another kind and Sources", () => {
    expect(() => planMerge(keep, keep, [])).toThrow(/into itself/);
    expect(() => planMerge(keep, { ...merge, kind: "Person", id: "person:x" }, [])).toThrow(
      /only entities of one kind/,
    );
    const source = { ...keep, kind: "Source" as const, id: "src:a" };
    expect(() => planMerge(source, { ...source, id: "src:b" }, [])).toThrow(/sources are not merged/);
  });
});

describe("repointedId and relationOfEdge", () => {
  it("leaves ids that do not name their ends alone", () => {
    const e = edge("org:a", "WON", "contract:x", { id: "rel:org:a>won>contract:xy" });
    expect(repointedId(e, "org:b", "contract:x")).toBe("rel:org:a>won>contract:xy");
  });

  it("turns an edge back into the relation it was stored from", () => {
    const e = edge("org:a", "PAID", "org:b", { amount: { value: 5, currency: "EUR" }, date: { start: "2020" } });
    expect(relationOfEdge(e)).toEqual({
      id: e.id,
      type: "PAID",
      stance: "neutral",
      from: "org:a",
      to: "org:b",
      status: "confirmed",
      evidence: e.evidence,
      amount: { value: 5, currency: "EUR" },
      date: { start: "2020" },
    });
  });
});
