// One step of a walk over adjacency: which edges may be followed from a node, and to where.
import type { AdjacentEdge } from "../model/graph.js";

export type WalkDirection = "out" | "in" | "both";

export interface Step {
  edge: AdjacentEdge;
  to: string;
}

/** The direction a walk may take over this edge: an undirected relation can be followed either way. */
export function directionOver(edge: AdjacentEdge, direction: WalkDirection): WalkDirection {
  return edge.directed === false ? "both" : direction;
}

/** Where an edge leads from `from` in the allowed direction; undefined when it may not be followed. */
export function stepTarget(from: string, edge: AdjacentEdge, direction: WalkDirection): string | undefined {
  const way = directionOver(edge, direction);
  if (edge.source === from && way !== "in") return edge.target;
  if (edge.target === from && way !== "out") return edge.source;
  return undefined;
}

/** The steps out of `from` over its incident edges that the direction allows, in edge id order. */
export function stepsFrom(from: string, incident: readonly AdjacentEdge[], direction: WalkDirection): Step[] {
  const steps: Step[] = [];
  for (const edge of incident) {
    const to = stepTarget(from, edge, direction);
    if (to !== undefined) steps.push({ edge, to });
  }
  return steps;
}

/** Orders equal-length id lists element by element. */
export function compareIdLists(a: readonly string[], b: readonly string[]): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i]! < b[i]!) return -1;
    if (a[i]! > b[i]!) return 1;
  }
  return a.length - b.length;
}
