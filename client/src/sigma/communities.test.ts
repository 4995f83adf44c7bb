import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { communityColor, detectCommunities } from "./communities.js";
import type { EdgeAttributes, NodeAttributes } from "./graph-sync.js";

function twoCliques() {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  const tie = { relType: "PARTNERS_WITH", stance: "partnership", status: "confirmed", start: null };
  for (const group of ["a", "b"]) {
    for (let i = 0; i < 5; i++) graph.addNode(`${group}${i}`, { x: i, y: 0, label: `${group}${i}`, kind: "Person" });
    for (let i = 0; i < 5; i++)
      for (let j = i + 1; j < 5; j++) graph.addDirectedEdge(`${group}${i}`, `${group}${j}`, tie);
  }
  graph.addDirectedEdge("a0", "b0", tie);
  return graph;
}

describe("community colouring", () => {
  it("puts two tight groups joined by one relation into two communities with different colours", () => {
    const communities = detectCommunities(twoCliques());
    const a = new Set([0, 1, 2, 3, 4].map((i) => communities.get(`a${i}`)));
    const b = new Set([0, 1, 2, 3, 4].map((i) => communities.get(`b${i}`)));
    expect(a.size).toBe(1);
    expect(b.size).toBe(1);
    const [ca] = [...a];
    const [cb] = [...b];
    expect(ca).not.toBe(cb);
    expect(communityColor(ca!)).not.toBe(communityColor(cb!));
  });

  it("gives the same canvas the same communities every time", () => {
    expect([...detectCommunities(twoCliques())]).toEqual([...detectCommunities(twoCliques())]);
  });
});
