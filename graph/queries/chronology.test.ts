import { describe, expect, it } from "vitest";
import type { GraphEdge } from "../model/graph.js";
import { chronologicalSteps } from "./chronology.js";

const relation = (id: string, start?: string, end?: string): GraphEdge => ({
  id,
  source: "a",
  target: "b",
  type: "PARTNERS_WITH",
  stance: "partnership",
  status: "confirmed",
  date: start ? { start, ...(end ? { end } : {}) } : null,
  amount: null,
  note: null,
  evidence: [],
});
const ids = (steps: GraphEdge[][] | undefined) => steps?.map((step) => step.map((edge) => edge.id));

describe("chronologicalSteps", () => {
  it("keeps a route whose steps start no earlier than the step before", () => {
    expect(ids(chronologicalSteps([[relation("r1", "2015")], [relation("r2", "2016-03")]]))).toEqual([["r1"], ["r2"]]);
  });

  it("drops a route that goes back in time, and keeps only the relations of a step that fit", () => {
    expect(chronologicalSteps([[relation("r1", "2020")], [relation("r2", "2012")]])).toBeUndefined();
    const steps = chronologicalSteps([[relation("r1", "2016")], [relation("r2", "2015"), relation("r3", "2017")]]);
    expect(ids(steps)).toEqual([["r1"], ["r3"]]);
  });

  it("lets undated relations pass without constraining what follows", () => {
    expect(ids(chronologicalSteps([[relation("r1")], [relation("r2", "2001")], [relation("r3")]]))).toEqual([
      ["r1"],
      ["r2"],
      ["r3"],
    ]);
    // The undated choice in step two keeps 2019 as the bound, so 2018 in step three is out of order.
    expect(chronologicalSteps([[relation("r1", "2019")], [relation("r2")], [relation("r3", "2018")]])).toBeUndefined();
  });

  it("reads a partial date as any day it covers: a 2019 step may follow one of May 2019", () => {
    expect(ids(chronologicalSteps([[relation("r1", "2019-05")], [relation("r2", "2019")]]))).toEqual([["r1"], ["r2"]]);
    // ...but the bound does not move back to January for the step after it.
    expect(
      chronologicalSteps([[relation("r1", "2019-05")], [relation("r2", "2019")], [relation("r3", "2019-02")]]),
    ).toBeUndefined();
  });
});
