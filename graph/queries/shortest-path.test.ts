import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AdjacentEdge } from "../model/graph.js";
import type { RelationType } from "../model/vocabulary.js";
import { WalkIndex } from "../walk-index/walk-index.js";
import { routeSearchOverIndex, type PathSearch } from "./path-search.js";
import { compareIdLists, stepsFrom, type WalkDirection } from "./walk.js";

/** Every simple walk by brute force: the shortest, then the least by node ids, then by edge ids. */
function bruteForce(
  edges: readonly AdjacentEdge[],
  from: string,
  to: string,
  maxHops: number,
  direction: WalkDirection,
  blockedNodes: ReadonlySet<string>,
  blockedEdges: ReadonlySet<string>,
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
      if (nodeIds.includes(next) || blockedNodes.has(next) || blockedEdges.has(edge.id)) continue;
      walk([...nodeIds, next], [...edgeIds, edge.id]);
    }
  };
  walk([from], []);
  return best;
}

const NODES = ["a", "b", "c", "d", "e", "f", "g"];

const TYPES: RelationType[] = ["PARTNERS_WITH", "COMPETES_WITH"];

// Over a walk index of all relations, the type filter applied while walking, the search must give
// brute force's answer on the relations of those types.
const SEARCHES: [string, (edges: AdjacentEdge[], types: RelationType[]) => PathSearch][] = [
  ["over a walk index", (edges, types) => routeSearchOverIndex(new WalkIndex(edges), { types }).shortest],
];

describe.each(SEARCHES)("the shortest path %s", (_, searchOf) => {
  it("is brute force's answer on random graphs: shortest, then least by node ids, then edge ids", async () => {
    const edgeArb = fc.record({
      source: fc.constantFrom(...NODES),
      target: fc.constantFrom(...NODES),
      type: fc.constantFrom(...TYPES),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.array(edgeArb, { maxLength: 18 }),
        fc.constantFrom<WalkDirection>("out", "in", "both"),
        fc.integer({ min: 1, max: 6 }),
        fc.subarray(["c", "d", "e"]),
        fc.subarray(["r00", "r01", "r02", "r03", "r04", "r05"]),
        fc.subarray(TYPES, { minLength: 1 }),
        async (ends, direction, maxHops, nodes, edgeIds, types) => {
          const edges: AdjacentEdge[] = ends.map((e, i) => ({ id: `r${String(i).padStart(2, "0")}`, ...e }));
          const [blockedNodes, blockedEdges] = [new Set(nodes), new Set(edgeIds)];
          const search = searchOf(edges, types);
          const found = await search("a", "g", { maxHops, direction, blockedNodes, blockedEdges });
          const kept = edges.filter((edge) => types.includes(edge.type));
          const expected = bruteForce(kept, "a", "g", maxHops, direction, blockedNodes, blockedEdges);
          expect(found && { nodeIds: found.nodeIds, edgeIds: found.edges.map((e) => e.id) }).toEqual(expected);
        },
      ),
      { numRuns: 400 },
    );
  });
});
