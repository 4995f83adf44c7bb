import { describe, expect, it } from "vitest";
import type { AdjacentEdge } from "../model/graph.js";
import { relationsByAnchor } from "./point-lookups.js";

const edge = (id: string, source: string, target: string): AdjacentEdge => ({
  id,
  source,
  target,
  type: "PARTNERS_WITH",
});

describe("relationsByAnchor", () => {
  const degrees: Record<string, number> = { hub: 40_000, a: 3, b: 5, c: 2, other: 9_000 };
  const degreeOf = (id: string) => degrees[id] ?? 0;

  it("reads each relation from its less connected end, never from a hub when the other end is small", () => {
    const groups = relationsByAnchor(
      [edge("r1", "hub", "a"), edge("r2", "b", "hub"), edge("r3", "hub", "other")],
      degreeOf,
    );
    expect(Object.fromEntries(groups)).toEqual({ a: ["r1"], b: ["r2"], other: ["r3"] });
  });

  it("gathers a neighbourhood's relations under its centre", () => {
    const groups = relationsByAnchor([edge("r1", "a", "c"), edge("r2", "b", "a"), edge("r3", "a", "hub")], degreeOf);
    expect(Object.fromEntries(groups)).toEqual({ a: ["r1", "r2", "r3"] });
  });

  it("covers every relation once", () => {
    const edges = [edge("r1", "a", "b"), edge("r2", "b", "c"), edge("r3", "c", "a"), edge("r4", "a", "a")];
    const ids = [...relationsByAnchor(edges, degreeOf).values()].flat().sort();
    expect(ids).toEqual(["r1", "r2", "r3", "r4"]);
  });
});
