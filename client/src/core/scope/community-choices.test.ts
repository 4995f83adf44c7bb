import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode } from "../../../../graph/model/index.js";
import type { CanvasState } from "../canvas/canvas-state.js";
import { communityChoices } from "./community-choices.js";

function canvasOf(cliques: string[][], bridges: [string, string][]): CanvasState {
  const nodes: Record<string, GraphNode> = {};
  const edges: Record<string, GraphEdge> = {};
  const link = (a: string, b: string) => {
    const id = `${a}-${b}`;
    edges[id] = {
      id,
      source: a,
      target: b,
      type: "PARTNERS_WITH",
      stance: "partnership",
      status: "confirmed",
    } as GraphEdge;
  };
  for (const clique of cliques) {
    for (const id of clique) nodes[id] = { id, kind: "Organization", name: id.toUpperCase() } as GraphNode;
    clique.forEach((a, i) => clique.slice(i + 1).forEach((b) => link(a, b)));
  }
  for (const [a, b] of bridges) link(a, b);
  nodes.lone = { id: "lone", kind: "Person", name: "Lone" } as GraphNode;
  return { nodes, edges, hidden: [], pinned: [], more: {} };
}

describe("the communities Show more can start from", () => {
  it("lists the canvas's communities largest first, each named by its most connected entity", () => {
    const canvas = canvasOf(
      [
        ["a1", "a2", "a3", "a4", "a5"],
        ["b1", "b2", "b3"],
      ],
      [["a1", "b1"]],
    );
    const choices = communityChoices(canvas);
    expect(choices.map((c) => c.members.length)).toEqual([5, 3]);
    expect(choices[0]!.anchor).toEqual({ id: "a1", name: "A1" });
    expect(choices[0]!.members.slice(1).sort()).toEqual(["a2", "a3", "a4", "a5"]);
    expect(choices[1]!.anchor.id).toBe("b1");
  });

  it("leaves out entities alone in their community", () => {
    const choices = communityChoices(canvasOf([["a1", "a2"]], []));
    expect(choices.flatMap((c) => c.members)).not.toContain("lone");
  });
});
