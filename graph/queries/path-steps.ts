// A path told in words for the UI and CLI: "Donald Trump —allegedly influenced→ JEDI ←won— Microsoft".
// Arrows show each relation's own direction against the walk; the status adds "allegedly", "in talks to".
import type { GraphEdge, GraphNode } from "../model/graph.js";
import { qualifiedVerb } from "../model/qualified-verb.js";
import type { RelationStatus, RelationType } from "../model/vocabulary.js";

export { INFINITIVE, qualifiedVerb } from "../model/qualified-verb.js";

// A type alias, not an interface, so it fits wire types declared as Record<string, unknown>.
export type PathStep = {
  edgeId: string;
  /** The node the walk leaves and the one it reaches (not the edge's own source and target). */
  from: string;
  to: string;
  type: RelationType;
  status: RelationStatus;
  /** True when the relation points the way the walk goes (always for an undirected one). */
  forward: boolean;
  text: string;
};

/** The arrow between two names, pointing the way the relation points; an undirected one gets none. */
function arrowOf(edge: GraphEdge, forward: boolean): string {
  const verb = qualifiedVerb(edge.type, edge.status);
  if (edge.directed === false) return ` —${verb}— `;
  return forward ? ` —${verb}→ ` : ` ←${verb}— `;
}

export function pathSteps(
  nodeIds: readonly string[],
  edges: readonly GraphEdge[],
  nodes: ReadonlyMap<string, GraphNode>,
): PathStep[] {
  const nameOf = (id: string) => nodes.get(id)?.name ?? id;
  return edges.map((edge, i) => {
    const from = nodeIds[i]!;
    const to = nodeIds[i + 1]!;
    const forward = edge.source === from || edge.directed === false;
    const text = `${nameOf(from)}${arrowOf(edge, forward)}${nameOf(to)}`;
    return { edgeId: edge.id, from, to, type: edge.type, status: edge.status, forward, text };
  });
}

/** The whole path as one line, each node named once. */
export function pathText(
  nodeIds: readonly string[],
  edges: readonly GraphEdge[],
  nodes: ReadonlyMap<string, GraphNode>,
): string {
  const nameOf = (id: string) => nodes.get(id)?.name ?? id;
  return edges.reduce(
    (text, edge, i) => `${text}${arrowOf(edge, edge.source === nodeIds[i])}${nameOf(nodeIds[i + 1]!)}`,
    nameOf(nodeIds[0] ?? ""),
  );
}
