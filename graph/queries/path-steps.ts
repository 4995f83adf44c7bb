// A path told in words for the UI and CLI: "Donald Trump —allegedly influenced→ JEDI ←won— Microsoft".
// Arrows show each relation's own direction against the walk; the status adds "allegedly", "in talks to".
import type { GraphEdge, GraphNode } from "../model/graph.js";
import { RELATION_TYPE_INFO, type RelationStatus, type RelationType } from "../model/vocabulary.js";

// A type alias, not an interface, so it fits wire types declared as Record<string, unknown>.
export type PathStep = {
  edgeId: string;
  /** The node the walk leaves and the one it reaches (not the edge's own source and target). */
  from: string;
  to: string;
  type: RelationType;
  status: RelationStatus;
  /** True when the relation points the way the walk goes. */
  forward: boolean;
  text: string;
};

/** Verbs after "in talks to" and "planned to". A type missing here falls back to its verb as written. */
export const INFINITIVE: Partial<Record<RelationType, string>> = {
  CEO_OF: "be CEO of",
  LEADS: "lead",
  WORKS_FOR: "work for",
  SUBSIDIARY_OF: "be a subsidiary of",
  BRAND_OF: "be a brand of",
  OFFERS: "offer",
  AWARDED: "award",
  WON: "win",
  BID_FOR: "bid for",
  WITHDREW_FROM: "withdraw from",
  PARTY_TO: "be party to",
  PROTESTED: "protest",
  ACCUSED: "accuse",
  INFLUENCED: "influence",
  OPPOSED: "oppose",
  CRITICIZED: "criticize",
  SCRUTINIZED: "scrutinize",
  LOBBIED: "lobby",
  COMPETES_WITH: "compete with",
  INVESTS_IN: "invest in",
  PARTNERS_WITH: "partner with",
  SUPPLIES: "supply",
  USES: "use",
  MET_WITH: "meet with",
  OPERATES_IN: "operate in",
  LOCATED_IN: "be located in",
  ATTENDED: "attend",
  PUBLISHED_BY: "be published by",
  ADVERTISED_IN: "advertise in",
  REPORTED_ON: "report on",
  DENIED: "deny",
  PAID: "pay",
  MEMBER_OF: "be a member of",
  RELATED_TO: "be related to",
  MENTIONS: "mention",
};

/** The relation's verb as its status qualifies it: "allegedly influenced", "in talks to win". */
export function qualifiedVerb(type: RelationType, status: RelationStatus): string {
  const verb = RELATION_TYPE_INFO[type].verb;
  const infinitive = INFINITIVE[type] ?? verb.replace(/^is /, "be ");
  switch (status) {
    case "confirmed":
      return verb;
    case "reported":
      return `reportedly ${verb}`;
    case "alleged":
      return `allegedly ${verb}`;
    case "negotiating":
      return `in talks to ${infinitive}`;
    case "planned":
      return `planned to ${infinitive}`;
    case "denied":
      return `denied to ${infinitive}`;
  }
}

/** The arrow between two names, pointing the way the relation points. */
function arrowOf(edge: GraphEdge, forward: boolean): string {
  const verb = qualifiedVerb(edge.type, edge.status);
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
    const forward = edge.source === from;
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
