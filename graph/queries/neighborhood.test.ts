import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AdjacentEdge } from "../model/graph.js";
import { adjacencyOfEdges, type AdjacencyLookup } from "./adjacency-cache.js";
import { expandNeighborhood, type Neighborhood, type NeighborhoodOptions } from "./neighborhood.js";
import { stepsFrom, type WalkDirection } from "./walk.js";

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

/** What a store's adjacencyAmong answers, over a fixed edge list. */
const amongOf = (edges: readonly AdjacentEdge[]) => async (ids: readonly string[]) =>
  edges.filter((e) => ids.includes(e.source) && ids.includes(e.target)).sort((a, b) => (a.id < b.id ? -1 : 1));

describe("expandNeighborhood", () => {
  it("returns the start node and its direct neighbours in edge id order at depth 1", async () => {
    const found = await expandNeighborhood(
      "hub",
      { depth: 1, limit: 100, direction: "both" },
      adjacencyOfEdges(edges),
      amongOf(edges),
    );
    expect(found.nodeIds).toEqual(["hub", "b", "c", "a"]);
    expect(found.edges.map((e) => e.id)).toEqual(["e1", "e2", "e3", "e7"]);
    expect(found).toMatchObject({ truncated: false, total: 4 });
  });

  it("goes level by level up to the depth", async () => {
    const found = await expandNeighborhood(
      "hub",
      { depth: 2, limit: 100, direction: "both" },
      adjacencyOfEdges(edges),
      amongOf(edges),
    );
    expect(found.nodeIds).toEqual(["hub", "b", "c", "a", "a1", "x"]);
    expect(found.nodeIds).not.toContain("a2");
  });

  it("stops at the node cap, keeps the start node and says it cut the result short", async () => {
    const found = await expandNeighborhood(
      "hub",
      { depth: 3, limit: 2, direction: "both" },
      adjacencyOfEdges(edges),
      amongOf(edges),
    );
    expect(found.nodeIds).toEqual(["hub", "b"]);
    expect(found.edges.map((e) => e.id)).toEqual(["e1"]);
    expect(found.truncated).toBe(true);
    expect(found.total).toBeGreaterThan(2);
  });

  it("follows only outgoing or incoming relations when asked", async () => {
    const lookup = adjacencyOfEdges(edges);
    const incoming = await expandNeighborhood("c", { depth: 1, limit: 100, direction: "in" }, lookup, amongOf(edges));
    expect(incoming.nodeIds).toEqual(["c", "hub", "x", "b"]);
    const outgoing = await expandNeighborhood("c", { depth: 3, limit: 100, direction: "out" }, lookup, amongOf(edges));
    expect(outgoing.nodeIds).toEqual(["c"]);
  });

  it("gives what a plain sort of every step gives, on random graphs with self-loops and parallel edges", async () => {
    const nodes = ["s", "a", "b", "c", "d", "e", "f"];
    const edgeArb = fc.record({ source: fc.constantFrom(...nodes), target: fc.constantFrom(...nodes) });
    await fc.assert(
      fc.asyncProperty(
        fc.array(edgeArb, { maxLength: 24 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom<WalkDirection>("out", "in", "both"),
        async (ends, depth, limit, direction) => {
          // Ids out of insertion order, so the merge by id has work to do.
          const edges = ends.map((e, i) => edge(`r${String((i * 7) % 31).padStart(2, "0")}-${i}`, e.source, e.target));
          const options = { depth, limit, direction };
          const lookup = adjacencyOfEdges(edges);
          expect(await expandNeighborhood("s", options, lookup, amongOf(edges))).toEqual(
            await sortEveryStep("s", options, adjacencyOfEdges(edges)),
          );
        },
      ),
      { numRuns: 400 },
    );
  });
});

/** The walk written the obvious way: every step of a level sorted by (edge id, node reached). */
async function sortEveryStep(
  start: string,
  options: NeighborhoodOptions,
  lookup: AdjacencyLookup,
): Promise<Neighborhood> {
  const included = new Set([start]);
  const seen = new Set([start]);
  let truncated = false;
  let frontier = [start];
  for (let level = 1; level <= options.depth && frontier.length > 0; level++) {
    const adjacency = await lookup(frontier);
    const steps = frontier
      .flatMap((node) => stepsFrom(node, adjacency.get(node) ?? [], options.direction))
      .sort((a, b) => (a.edge.id < b.edge.id ? -1 : a.edge.id > b.edge.id ? 1 : a.to < b.to ? -1 : 1));
    const next: string[] = [];
    for (const { to } of steps) {
      if (seen.has(to)) continue;
      seen.add(to);
      if (included.size < options.limit) {
        included.add(to);
        next.push(to);
      } else truncated = true;
    }
    frontier = next;
  }
  const among = new Map<string, AdjacentEdge>();
  for (const edges of (await lookup([...included])).values()) {
    for (const e of edges) if (included.has(e.source) && included.has(e.target)) among.set(e.id, e);
  }
  const edges = [...among.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { nodeIds: [...included], edges, truncated, total: seen.size };
}
