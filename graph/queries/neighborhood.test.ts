import { describe, expect, it } from "vitest";
import type { AdjacentEdge } from "../model/graph.js";
import { adjacencyOfEdges } from "./adjacency-cache.js";
import { expandNeighborhood } from "./neighborhood.js";

const edge = (id: string, source: string, target: string): AdjacentEdge => ({ id, source, target, type: "WON" });

// hub → a, b, c (edge ids out of name order); a → a1 → a2; c ← x
const edges = [
  edge("e3", "hub", "a"),
  edge("e1", "hub", "b"),
  edge("e2", "hub", "c"),
  edge("e4", "a", "a1"),
  edge("e5", "a1", "a2"),
  edge("e6", "x", "c"),
  edge("e7", "b", "c"),
];

describe("expandNeighborhood", () => {
  it("returns the start node and its direct neighbours in edge id order at depth 1", async () => {
    const found = await expandNeighborhood("hub", { depth: 1, limit: 100, direction: "both" }, adjacencyOfEdges(edges));
    expect(found.nodeIds).toEqual(["hub", "b", "c", "a"]);
    expect(found.edges.map((e) => e.id)).toEqual(["e1", "e2", "e3", "e7"]);
    expect(found).toMatchObject({ truncated: false, total: 4 });
  });

  it("goes level by level up to the depth", async () => {
    const found = await expandNeighborhood("hub", { depth: 2, limit: 100, direction: "both" }, adjacencyOfEdges(edges));
    expect(found.nodeIds).toEqual(["hub", "b", "c", "a", "a1", "x"]);
    expect(found.nodeIds).not.toContain("a2");
  });

  it("stops at the node cap, keeps the start node and says it cut the result short", async () => {
    const found = await expandNeighborhood("hub", { depth: 3, limit: 2, direction: "both" }, adjacencyOfEdges(edges));
    expect(found.nodeIds).toEqual(["hub", "b"]);
    expect(found.edges.map((e) => e.id)).toEqual(["e1"]);
    expect(found.truncated).toBe(true);
    expect(found.total).toBeGreaterThan(2);
  });

  it("follows only outgoing or incoming relations when asked", async () => {
    const lookup = adjacencyOfEdges(edges);
    const incoming = await expandNeighborhood("c", { depth: 1, limit: 100, direction: "in" }, lookup);
    expect(incoming.nodeIds).toEqual(["c", "hub", "x", "b"]);
    const outgoing = await expandNeighborhood("c", { depth: 3, limit: 100, direction: "out" }, lookup);
    expect(outgoing.nodeIds).toEqual(["c"]);
  });
});
