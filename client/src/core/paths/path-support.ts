// How well a found path is established, in one line: its steps counted by status (a step folding parallel
// relations counts as its strongest) and the independent sources behind them.
import { statusRank } from "../../../../graph/model/support.js";
import { RELATION_STATUSES, type RelationStatus } from "../../../../graph/model/vocabulary-constants.js";
import type { GraphEdge, FoundPath } from "../../api/types.js";

export interface PathSupport {
  /** Steps by the status of their strongest relation. */
  steps: Partial<Record<RelationStatus, number>>;
  /** Distinct sources giving evidence for any relation of the path. */
  sources: number;
}

function strongest(edges: readonly GraphEdge[]): GraphEdge | undefined {
  return [...edges].sort((a, b) => statusRank(a.status) - statusRank(b.status))[0];
}

export function supportOfPath(path: FoundPath): PathSupport {
  const byId = new Map(path.edges.map((e) => [e.id, e]));
  const steps: Partial<Record<RelationStatus, number>> = {};
  const sources = new Set<string>();
  for (const step of path.steps) {
    const edges = step.edgeIds.flatMap((id) => byId.get(id) ?? []);
    for (const edge of edges) for (const item of edge.evidence) sources.add(item.source);
    const best = strongest(edges);
    if (best) steps[best.status] = (steps[best.status] ?? 0) + 1;
  }
  return { steps, sources: sources.size };
}

/** "2 confirmed steps, 1 alleged · 3 sources" */
export function describeSupport(support: PathSupport): string {
  const counts = RELATION_STATUSES.flatMap((status) => {
    const n = support.steps[status] ?? 0;
    return n > 0 ? [{ status, n }] : [];
  });
  const parts = counts.map(({ status, n }, i) =>
    i === 0 ? `${n} ${status} ${n === 1 ? "step" : "steps"}` : `${n} ${status}`,
  );
  const sources = `${support.sources} ${support.sources === 1 ? "source" : "sources"}`;
  return parts.length > 0 ? `${parts.join(", ")} · ${sources}` : sources;
}
