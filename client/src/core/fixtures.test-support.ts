// Small graphs for the client's unit tests, shaped like the API's answers.
import type { GraphEdge, GraphNode } from "../../../graph/model/index.js";

export function node(id: string, kind: GraphNode["kind"] = "Organization", name = id): GraphNode {
  return { id, name, kind, aliases: [], properties: {} };
}

export function edge(id: string, source: string, target: string, overrides: Partial<GraphEdge> = {}): GraphEdge {
  return {
    id,
    source,
    target,
    type: "PARTNERS_WITH",
    stance: "partnership",
    status: "confirmed",
    date: null,
    amount: null,
    note: null,
    evidence: [{ source: "src:a", paragraph: 1, summary: "said so" }],
    ...overrides,
  };
}
