// Small entities and relations for the resolution tests (here and in the client's core/resolution).
import type { GraphEdge, GraphNode } from "../model/graph.js";
import type { RelationType } from "../model/vocabulary.js";

export function orgNode(
  id: string,
  name = id,
  aliases: string[] = [],
  properties: Record<string, unknown> = {},
): GraphNode {
  return { id, kind: "Organization", name, aliases, properties };
}

/** A confirmed relation with the id the importers give it, one evidence item; `extra` overrides. */
export function edgeBetween(
  source: string,
  type: RelationType,
  target: string,
  extra: Partial<GraphEdge> = {},
): GraphEdge {
  return {
    id: `rel:${source}>${type.toLowerCase()}>${target}`,
    source,
    target,
    type,
    stance: "neutral",
    status: "confirmed",
    date: null,
    amount: null,
    note: null,
    evidence: [{ source: "src:a", paragraph: 1, summary: `${source} ${type} ${target}` }],
    ...extra,
  };
}
