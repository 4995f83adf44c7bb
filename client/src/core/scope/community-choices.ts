// The communities a "Show more" can start from: Louvain's partition of the canvas (as "Colour by
// community" draws it), each named by its most connected entity, largest first.
import { MultiDirectedGraph } from "graphology";
import { communityColor, detectCommunities } from "../../sigma/communities.js";
import type { EdgeAttributes, NodeAttributes } from "../../sigma/graph-sync.js";
import type { CanvasState } from "../canvas/canvas-state.js";

export interface CommunityChoice {
  community: number;
  color: string;
  /** Its most connected entity, which names it. */
  anchor: { id: string; name: string };
  /** Its entities on the canvas, the most connected first. */
  members: string[];
}

export function communityChoices(canvas: CanvasState, max = 6): CommunityChoice[] {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  for (const node of Object.values(canvas.nodes))
    graph.addNode(node.id, { x: 0, y: 0, label: node.name, kind: node.kind });
  for (const edge of Object.values(canvas.edges)) {
    if (!graph.hasNode(edge.source) || !graph.hasNode(edge.target)) continue;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      relType: edge.type,
      stance: edge.stance,
      status: edge.status,
      start: null,
    });
  }
  const byCommunity = new Map<number, string[]>();
  for (const [node, community] of detectCommunities(graph)) {
    const members = byCommunity.get(community) ?? [];
    members.push(node);
    byCommunity.set(community, members);
  }
  return [...byCommunity]
    .filter(([, members]) => members.length > 1)
    .map(([community, members]) => {
      members.sort((a, b) => graph.degree(b) - graph.degree(a) || a.localeCompare(b));
      const anchor = members[0]!;
      return {
        community,
        color: communityColor(community),
        anchor: { id: anchor, name: canvas.nodes[anchor]!.name },
        members,
      };
    })
    .sort((a, b) => b.members.length - a.members.length || a.anchor.name.localeCompare(b.anchor.name))
    .slice(0, max);
}
