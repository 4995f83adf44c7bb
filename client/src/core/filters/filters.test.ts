import { describe, expect, it } from "vitest";
import { getEmptyCanvasState, hideNodes, mergeGraph } from "../canvas/canvas-state.js";
import { edge, node } from "../fixtures.test-support.js";
import { applyView, getEmptyFilterState, setTimeWindow, toggleKind, toggleStatus, viewOf } from "./filters.js";
import { dateRangeOf, isInTimeWindow, monthIndex, monthOf } from "./time.js";
import { computeVisibility } from "./visibility.js";

const canvas = mergeGraph(getEmptyCanvasState(), {
  nodes: [node("org:a"), node("org:b"), node("person:c", "Person"), node("org:d")],
  edges: [
    edge("rel:rival", "org:a", "org:b", { type: "COMPETES_WITH", stance: "rivalry", date: { start: "2018" } }),
    edge("rel:partner", "org:b", "org:d", { date: { start: "2019-10", end: "2020-03" } }),
    edge("rel:ceo", "person:c", "org:a", { type: "CEO_OF", stance: "neutral", status: "alleged" }),
  ],
});

const ids = (set: Set<string>) => [...set].sort();

describe("filters", () => {
  it("the Rivalries view keeps only rivalry relations and the entities they join", () => {
    const v = computeVisibility(canvas, applyView(getEmptyFilterState(), "rivalries"));
    expect(ids(v.edges)).toEqual(["rel:rival"]);
    expect(ids(v.nodes)).toEqual(["org:a", "org:b"]);
  });

  it("the Partnerships view keeps the selected entity even when it has no partnership", () => {
    const v = computeVisibility(canvas, applyView(getEmptyFilterState(), "partnerships"), new Set(["person:c"]));
    expect(ids(v.edges)).toEqual(["rel:partner"]);
    expect(ids(v.nodes)).toEqual(["org:b", "org:d", "person:c"]);
  });

  it("names the view a stance filter amounts to", () => {
    expect(viewOf(applyView(getEmptyFilterState(), "partnerships"))).toBe("partnerships");
    expect(viewOf(applyView(applyView(getEmptyFilterState(), "rivalries"), "all"))).toBe("all");
    expect(viewOf({ ...getEmptyFilterState(), hiddenStances: ["neutral"] })).toBeNull();
  });

  it("hiding a kind hides its entities and their relations", () => {
    const v = computeVisibility(canvas, toggleKind(getEmptyFilterState(), "Person"));
    expect(v.nodes.has("person:c")).toBe(false);
    expect(v.edges.has("rel:ceo")).toBe(false);
  });

  it("hiding a status hides relations of that status", () => {
    const v = computeVisibility(canvas, toggleStatus(getEmptyFilterState(), "alleged"));
    expect(ids(v.edges)).toEqual(["rel:partner", "rel:rival"]);
  });

  it("entities the analyst hid are not drawn, nor their relations", () => {
    const v = computeVisibility(hideNodes(canvas, ["org:d"]), getEmptyFilterState());
    expect(v.nodes.has("org:d")).toBe(false);
    expect(v.edges.has("rel:partner")).toBe(false);
  });
});

describe("time window", () => {
  it("shows the network as it stood at a month: later relations disappear", () => {
    const filters = setTimeWindow(getEmptyFilterState(), { to: "2018-12" });
    expect(ids(computeVisibility(canvas, filters).edges)).toEqual(["rel:ceo", "rel:rival"]);
  });

  it("a period keeps relations that overlap it, and undated ones only when asked", () => {
    const period = { from: "2020-01", to: "2020-12", includeUndated: false };
    expect(isInTimeWindow({ date: { start: "2019-10", end: "2020-03" } }, period)).toBe(true);
    expect(isInTimeWindow({ date: { start: "2018" } }, period)).toBe(false);
    expect(isInTimeWindow({ date: null }, period)).toBe(false);
    expect(isInTimeWindow({ date: null }, { ...period, includeUndated: true })).toBe(true);
  });

  it("a year-only date counts as the whole year", () => {
    expect(isInTimeWindow({ date: { start: "2018" } }, { from: "2018-12", to: null, includeUndated: true })).toBe(true);
    expect(isInTimeWindow({ date: { start: "2018" } }, { from: "2019-01", to: null, includeUndated: true })).toBe(
      false,
    );
  });

  it("finds the months the relations span and walks them as slider steps", () => {
    expect(dateRangeOf(Object.values(canvas.edges))).toEqual({ min: "2018-01", max: "2020-03" });
    expect(monthOf(monthIndex("2019-10"))).toBe("2019-10");
    expect(monthIndex("2020-01") - monthIndex("2019-12")).toBe(1);
  });
});
