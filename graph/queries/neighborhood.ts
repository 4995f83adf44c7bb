// Breadth-first neighbourhood of a node, level by level, in edge id order, up to a node cap.
import type { AdjacentEdge } from "../model/graph.js";
import type { AdjacencyLookup } from "./adjacency-cache.js";
import { stepsFrom, type WalkDirection } from "./walk.js";

export interface NeighborhoodOptions {
  depth: number;
  /** The most nodes to return, the start node included. */
  limit: number;
  direction: WalkDirection;
}

export interface Neighborhood {
  /** In the order they were reached: the start node first. */
  nodeIds: string[];
  /** Every edge (of the filtered types) between returned nodes, sorted by id. */
  edges: AdjacentEdge[];
  /** True when the node cap left out nodes within depth. */
  truncated: boolean;
  /** Distinct nodes found within depth; when truncated, the count found before the walk stopped growing. */
  total: number;
}

export async function expandNeighborhood(
  start: string,
  options: NeighborhoodOptions,
  lookup: AdjacencyLookup,
): Promise<Neighborhood> {
  const included = new Set([start]);
  const seen = new Set([start]);
  const followed = new Map<string, AdjacentEdge>();
  let truncated = false;
  let frontier = [start];

  for (let level = 1; level <= options.depth && frontier.length > 0; level++) {
    const adjacency = await lookup(frontier);
    const steps = frontier
      .flatMap((node) => stepsFrom(node, adjacency.get(node) ?? [], options.direction))
      .sort((a, b) => (a.edge.id < b.edge.id ? -1 : a.edge.id > b.edge.id ? 1 : a.to < b.to ? -1 : 1));
    const next: string[] = [];
    for (const { edge, to } of steps) {
      if (!seen.has(to)) {
        seen.add(to);
        if (included.size < options.limit) {
          included.add(to);
          next.push(to);
        } else truncated = true;
      }
      if (included.has(edge.source) && included.has(edge.target)) followed.set(edge.id, edge);
    }
    frontier = next;
  }

  // Ties among the outermost nodes too, so the drawing shows how the neighbours relate to each other.
  const adjacency = await lookup([...included]);
  for (const edges of adjacency.values()) {
    for (const edge of edges) {
      if (included.has(edge.source) && included.has(edge.target)) followed.set(edge.id, edge);
    }
  }

  const edges = [...followed.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { nodeIds: [...included], edges, truncated, total: seen.size };
}
