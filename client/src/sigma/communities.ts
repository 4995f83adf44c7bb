// Community colouring: Louvain's partition of the canvas (graphology-communities-louvain), each community
// a colour from a palette that keeps neighbouring community numbers apart.
import louvain from "graphology-communities-louvain";
import type { ExplorerGraph } from "./graph-sync.js";

const COMMUNITY_PALETTE = [
  "#2f6fdf",
  "#d98a0b",
  "#16a34a",
  "#d6418a",
  "#7c4ddb",
  "#0e9aa7",
  "#dc2626",
  "#5e9c1e",
  "#a16207",
  "#475569",
  "#db2777",
  "#0284c7",
];

export function communityColor(community: number): string {
  return COMMUNITY_PALETTE[community % COMMUNITY_PALETTE.length]!;
}

/**
 * Each entity's community. Relations count once whatever their direction; a fixed random source makes
 * the same canvas fall into the same communities every time, so colours do not change on a redraw.
 */
export function detectCommunities(graph: ExplorerGraph): Map<string, number> {
  if (graph.size === 0) return new Map(graph.nodes().map((node, index) => [node, index]));
  let seed = 42;
  const rng = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const mapping = louvain(graph, { rng, getEdgeWeight: null });
  return new Map(Object.entries(mapping));
}
