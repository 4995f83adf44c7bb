import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AdjacentEdge } from "../model/graph.js";
import type { HubRelationCounts } from "../store.js";
import { capHubs, countRelations } from "./cap-hubs.js";
import {
  expandNeighborhood,
  type Neighborhood,
  type NeighborhoodOptions,
  type NeighborhoodReads,
} from "./neighborhood.js";
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

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const touching = (edges: readonly AdjacentEdge[], node: string) =>
  edges.filter((e) => e.source === node || e.target === node).sort(byId);

/** What a store answers over a fixed edge list: adjacency, cappedAdjacency and relationsAmong. */
function readsOf(edges: readonly AdjacentEdge[], hubDegree = Infinity): NeighborhoodReads<AdjacentEdge> {
  return {
    around: async (id) => touching(edges, id),
    capped: async (ids) => capHubs(ids, (id) => touching(edges, id), hubDegree),
    among: async (ids) => edges.filter((e) => ids.includes(e.source) && ids.includes(e.target)).sort(byId),
  };
}

describe("expandNeighborhood", () => {
  it("returns the start node and its direct neighbours in edge id order at depth 1", async () => {
    const found = await expandNeighborhood("hub", { depth: 1, limit: 100, direction: "both" }, readsOf(edges));
    expect(found.nodeIds).toEqual(["hub", "b", "c", "a"]);
    expect(found.edges.map((e) => e.id)).toEqual(["e1", "e2", "e3", "e7"]);
    expect(found).toMatchObject({ truncated: false, total: 4, hubs: [] });
  });

  it("goes level by level up to the depth", async () => {
    const found = await expandNeighborhood("hub", { depth: 2, limit: 100, direction: "both" }, readsOf(edges));
    expect(found.nodeIds).toEqual(["hub", "b", "c", "a", "a1", "x"]);
    expect(found.nodeIds).not.toContain("a2");
  });

  it("stops at the node cap, keeps the start node and says it cut the result short", async () => {
    const found = await expandNeighborhood("hub", { depth: 3, limit: 2, direction: "both" }, readsOf(edges));
    expect(found.nodeIds).toEqual(["hub", "b"]);
    expect(found.edges.map((e) => e.id)).toEqual(["e1"]);
    expect(found.truncated).toBe(true);
    expect(found.total).toBeGreaterThan(2);
  });

  it("follows only outgoing or incoming relations when asked", async () => {
    const incoming = await expandNeighborhood("c", { depth: 1, limit: 100, direction: "in" }, readsOf(edges));
    expect(incoming.nodeIds).toEqual(["c", "hub", "x", "b"]);
    const outgoing = await expandNeighborhood("c", { depth: 3, limit: 100, direction: "out" }, readsOf(edges));
    expect(outgoing.nodeIds).toEqual(["c"]);
  });

  it("walks out of the start however many relations it has, but keeps a hub it reaches and only counts its relations", async () => {
    // From a1: a (2 relations) and a2 at level 1; from a, the hub (3 relations, over the hub degree of 2).
    const found = await expandNeighborhood("a1", { depth: 3, limit: 100, direction: "both" }, readsOf(edges, 2));
    expect(found.nodeIds).toEqual(["a1", "a", "a2", "hub"]);
    expect(found.hubs).toEqual([{ id: "hub", counts: [{ type: "WON", direction: "out", count: 3 }] }]);
    expect(found.edges.map((e) => e.id)).toEqual(["e3", "e4", "e5"]);
    const fromHub = await expandNeighborhood("hub", { depth: 1, limit: 100, direction: "both" }, readsOf(edges, 2));
    expect(fromHub.nodeIds).toHaveLength(4);
  });

  it("gives what a plain sort of every step gives, on random graphs with self-loops, parallel edges and hubs", async () => {
    const nodes = ["s", "a", "b", "c", "d", "e", "f"];
    const edgeArb = fc.record({ source: fc.constantFrom(...nodes), target: fc.constantFrom(...nodes) });
    await fc.assert(
      fc.asyncProperty(
        fc.array(edgeArb, { maxLength: 24 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom<WalkDirection>("out", "in", "both"),
        fc.constantFrom(1, 2, 3, 5, Infinity),
        async (ends, depth, limit, direction, hubDegree) => {
          // Ids out of insertion order, so the merge by id has work to do.
          const edges = ends.map((e, i) => edge(`r${String((i * 7) % 31).padStart(2, "0")}-${i}`, e.source, e.target));
          const options = { depth, limit, direction };
          expect(await expandNeighborhood("s", options, readsOf(edges, hubDegree))).toEqual(
            sortEveryStep("s", options, edges, hubDegree),
          );
        },
      ),
      { numRuns: 400 },
    );
  });
});

/** The walk written the obvious way: every step of a level sorted by (edge id, node reached). */
function sortEveryStep(
  start: string,
  options: NeighborhoodOptions,
  edges: readonly AdjacentEdge[],
  hubDegree: number,
): Neighborhood {
  const included = new Set([start]);
  const seen = new Set([start]);
  const hubs: HubRelationCounts[] = [];
  let truncated = false;
  let frontier = [start];
  for (let level = 1; level <= options.depth && frontier.length > 0; level++) {
    const walked = frontier.filter((node) => level === 1 || touching(edges, node).length <= hubDegree);
    for (const node of frontier) if (!walked.includes(node)) hubs.push(countRelations(node, touching(edges, node)));
    const steps = walked
      .flatMap((node) => stepsFrom(node, touching(edges, node), options.direction))
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
  const among = edges.filter((e) => included.has(e.source) && included.has(e.target)).sort(byId);
  return { nodeIds: [...included], edges: among, truncated, total: seen.size, hubs: hubs.sort(byId) };
}
