// Loads the store's neighbours of a community's most connected members, one hop, as one graph: what
// "Show more → around a community" brings in.
import type { Api } from "./client.js";
import type { Graph } from "./types.js";

/** How many members are asked for their neighbours, and how many neighbours each may bring. */
export const AROUND_MEMBERS = 12;
export const AROUND_PER_MEMBER = 20;

export async function loadAround(api: Api, members: readonly string[]): Promise<Graph> {
  const hoods = await Promise.all(
    members.slice(0, AROUND_MEMBERS).map((id) => api.neighbors(id, { depth: 1, limit: AROUND_PER_MEMBER })),
  );
  const nodes = new Map(hoods.flatMap((hood) => hood.nodes.map((node) => [node.id, node] as const)));
  const edges = new Map(hoods.flatMap((hood) => hood.edges.map((edge) => [edge.id, edge] as const)));
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}
