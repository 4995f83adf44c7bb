import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AdjacentEdge } from "../model/graph.js";
import { adjacencyOfEdges } from "./adjacency-cache.js";
import { findShortestPath } from "./shortest-path.js";
import { compareIdLists, stepsFrom, type WalkDirection } from "./walk.js";

/** Every simple walk by brute force: the shortest, then the least by node ids, then by edge ids. */
function bruteForce(
  edges: readonly AdjacentEdge[],
  from: string,
  to: string,
  maxHops: number,
  direction: WalkDirection,
  blockedNodes: ReadonlySet<string>,
) {
  let best: { nodeIds: string[]; edgeIds: string[] } | undefined;
  const walk = (nodeIds: string[], edgeIds: string[]) => {
    const here = nodeIds.at(-1)!;
    if (here === to) {
      const better =
        !best ||
        edgeIds.length < best.edgeIds.length ||
        (edgeIds.length === best.edgeIds.length &&
          (compareIdLists(nodeIds, best.nodeIds) || compareIdLists(edgeIds, best.edgeIds)) < 0);
      if (better) best = { nodeIds, edgeIds };
      return;
    }
    if (edgeIds.length === maxHops) return;
    const incident = edges.filter((e) => e.source === here || e.target === here);
    for (const { edge, to: next } of stepsFrom(here, incident, direction)) {
      if (nodeIds.includes(next) || blockedNodes.has(next)) continue;
      walk([...nodeIds, next], [...edgeIds, edge.id]);
    }
  };
  walk([from], []);
  return best;
}

const NODES = ["a", "b", "c", "d", "e", "f", "g"];

describe("findShortestPath", () => {
  it("finds the brute-force answer on random graphs: shortest, then least by node ids, then edge ids", async () => {
    const edgeArb = fc.record({ source: fc.constantFrom(...NODES), target: fc.constantFrom(...NODES) });
    await fc.assert(
      fc.asyncProperty(
        fc.array(edgeArb, { maxLength: 18 }),
        fc.constantFrom<WalkDirection>("out", "in", "both"),
        fc.integer({ min: 1, max: 6 }),
        fc.subarray(["c", "d", "e"]),
        async (ends, direction, maxHops, blocked) => {
          const edges: AdjacentEdge[] = ends
            .filter((e) => e.source !== e.target)
            .map((e, i) => ({ id: `r${String(i).padStart(2, "0")}`, ...e, type: "PARTNERS_WITH" }));
          const blockedNodes = new Set(blocked);
          const found = await findShortestPath("a", "g", { maxHops, direction, blockedNodes }, adjacencyOfEdges(edges));
          const expected = bruteForce(edges, "a", "g", maxHops, direction, blockedNodes);
          expect(found && { nodeIds: found.nodeIds, edgeIds: found.edges.map((e) => e.id) }).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });
});
