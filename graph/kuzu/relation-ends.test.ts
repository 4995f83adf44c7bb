import { describe, expect, it } from "vitest";
import type { RelationRow } from "./kuzu-rows.js";
import { applyRelationWrites, planRelationWrites } from "./relation-ends.js";
import { Topology } from "./topology.js";

const row = (id: string, source: string, target: string): RelationRow => ({
  id,
  source,
  target,
  type: "WON",
  stance: "neutral",
  status: "confirmed",
  dateStart: "",
  dateEnd: "",
  amountValue: "",
  amountCurrency: "",
  amountQualifier: "",
  note: "",
  evidence: "[]",
  sources: ["src:a"],
  directed: "",
  attributes: "",
});

describe("relation write plan", () => {
  it("creates new ids, updates ids between the same ends, and moves ids whose ends changed", () => {
    const known = new Topology([
      { id: "rel:same", source: "org:a", target: "org:b", type: "WON" },
      { id: "rel:moved", source: "org:a", target: "org:b", type: "WON" },
    ]);
    const rows = [
      row("rel:new", "org:a", "org:c"),
      row("rel:same", "org:a", "org:b"),
      row("rel:moved", "org:a", "org:c"),
    ];
    const plan = planRelationWrites(rows, known);
    expect(plan.create.map((r) => r.id)).toEqual(["rel:new", "rel:moved"]);
    expect(plan.update.map((r) => r.id)).toEqual(["rel:same"]);
    expect(plan.removeOld).toEqual([{ id: "rel:moved", source: "org:a", target: "org:b" }]);

    applyRelationWrites(known, rows);
    expect(known.get("rel:moved")).toEqual({ id: "rel:moved", source: "org:a", target: "org:c", type: "WON" });
    expect(planRelationWrites(rows, known).create).toEqual([]);
  });
});
