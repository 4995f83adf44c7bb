// An undo goes ahead only while the graph still holds exactly what the merge wrote and no later merge of
// either entity stands.
import { describe, expect, it } from "vitest";
import { ConflictError } from "../errors.js";
import { canonical, checkUndo } from "./check-undo.js";
import { edgeBetween, orgNode } from "./fixtures.test-support.js";
import type { MergeRecord } from "./merge-record.js";
import { planMerge } from "./plan-merge.js";

const plan = planMerge(orgNode("org:a", "A"), orgNode("org:b", "A Inc."), [edgeBetween("org:b", "WON", "contract:x")]);
const record: MergeRecord = {
  id: "merge-1",
  at: "2025-01-01T00:00:00.000Z",
  by: "test",
  reason: "same company",
  kind: "Organization",
  keep: { id: "org:a", name: "A" },
  merge: { id: "org:b", name: "A Inc." },
  moved: plan.moved,
  before: plan.before,
  after: plan.after,
  undone: null,
};
const asMerged = { entities: plan.after.entities, relations: plan.after.relations, activeMerges: [record] };

describe("checkUndo", () => {
  it("answers the relations to delete when the graph is as the merge left it", () => {
    expect(checkUndo(record, asMerged)).toEqual(plan.after.relations);
  });

  it("refuses a merge already undone", () => {
    const undone = { ...record, undone: { at: "2025-01-02T00:00:00.000Z", by: "x", reason: null } };
    expect(() => checkUndo(undone, asMerged)).toThrow(/already undone/);
  });

  it("refuses while a later merge of either entity stands, naming it", () => {
    const later = { ...record, id: "merge-2", at: "2025-02-01T00:00:00.000Z" };
    expect(() => checkUndo(record, { ...asMerged, activeMerges: [record, later] })).toThrow(
      /undo merge-2 first \(latest first\)/,
    );
    const earlier = { ...record, id: "merge-0", at: "2024-12-01T00:00:00.000Z" };
    expect(() => checkUndo(record, { ...asMerged, activeMerges: [earlier, record] })).not.toThrow();
  });

  it("refuses when the kept entity, a written relation or the merged entity changed since", () => {
    const renamed = [{ ...plan.keptEntity, name: "A renamed" }];
    expect(() => checkUndo(record, { ...asMerged, entities: renamed })).toThrow(ConflictError);
    const restated = plan.after.relations.map((e) => ({ ...e, status: "denied" as const }));
    expect(() => checkUndo(record, { ...asMerged, relations: restated })).toThrow(/changed or are gone/);
    expect(() => checkUndo(record, { ...asMerged, relations: [] })).toThrow(/changed or are gone/);
    const back = [...plan.after.entities, orgNode("org:b", "A Inc.")];
    expect(() => checkUndo(record, { ...asMerged, entities: back })).toThrow(/exists again/);
  });
});

describe("canonical", () => {
  it("ignores key order and nothing else", () => {
    expect(canonical({ a: 1, b: { c: 2, d: [1, 2] } })).toBe(canonical({ b: { d: [1, 2], c: 2 }, a: 1 }));
    expect(canonical({ a: [1, 2] })).not.toBe(canonical({ a: [2, 1] }));
  });
});
