import { describe, expect, it } from "vitest";
import { getEmptyCanvasState, mergeGraph } from "../canvas/canvas-state.js";
import { edge, node } from "../fixtures.test-support.js";
import { getEmptyFilterState, setTimeWindow } from "./filters.js";
import { entityDateOf } from "./entity-time.js";
import { computeVisibility } from "./visibility.js";

const contract = { ...node("contract:2025", "Contract"), properties: { start: "2025-03", end: "2026" } };
const product = { ...node("product:old", "Product"), properties: { launched: "2016-05" } };
const canvas = mergeGraph(getEmptyCanvasState(), {
  nodes: [node("org:a"), node("org:b"), node("org:late"), contract, product],
  edges: [
    edge("rel:2016", "org:a", "org:b", { date: { start: "2016-02" } }),
    edge("rel:2025", "org:late", "org:b", { date: { start: "2025-06" } }),
  ],
});
const ids = (set: Set<string>) => [...set].sort();

describe("the time window and entities", () => {
  it("hides entities whose relations and own dates all lie outside the window", () => {
    const v = computeVisibility(canvas, setTimeWindow(getEmptyFilterState(), { from: "2016-01", to: "2016-12" }));
    expect(ids(v.edges)).toEqual(["rel:2016"]);
    expect(ids(v.nodes)).toEqual(["org:a", "org:b", "product:old"]);
  });

  it("shows an entity whose own period overlaps the window though none of its relations is in it", () => {
    const v = computeVisibility(canvas, setTimeWindow(getEmptyFilterState(), { from: "2026-01", to: null }));
    expect(ids(v.nodes)).toEqual(["contract:2025"]);
  });

  it("keeps the unrelated entities when the analyst asks, and all of them without a window", () => {
    const window = setTimeWindow(getEmptyFilterState(), { from: "2016-01", to: "2016-12", keepUnrelated: true });
    expect(computeVisibility(canvas, window).nodes.size).toBe(5);
    expect(computeVisibility(canvas, getEmptyFilterState()).nodes.size).toBe(5);
  });

  it("keeps the entities the analyst is looking at", () => {
    const window = setTimeWindow(getEmptyFilterState(), { from: "2016-01", to: "2016-12" });
    expect(computeVisibility(canvas, window, new Set(["org:late"])).nodes.has("org:late")).toBe(true);
  });

  it("reads a period, else the first of launch, publication, founding and birth", () => {
    expect(entityDateOf(contract)).toEqual({ start: "2025-03", end: "2026" });
    expect(entityDateOf({ properties: { born: "1964", founded: "nonsense" } })).toEqual({ start: "1964" });
    expect(entityDateOf({ properties: {} })).toBeNull();
  });
});
