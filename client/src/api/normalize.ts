// Reads the parts of API answers whose exact shape is still settling (neighbour counts, path steps)
// into one shape, so the components do not each guess.
import { RELATION_TYPE_INFO, type RelationType } from "../../../graph/model/vocabulary-constants.js";
import type { NeighborSummary, GraphEdge, GraphNode, NeighborCount, FoundPath, PathStep } from "./types.js";

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === "object" && value !== null;
const isRelationType = (value: unknown): value is RelationType =>
  typeof value === "string" && Object.hasOwn(RELATION_TYPE_INFO, value);

function countRow(row: Loose, direction?: "out" | "in"): NeighborCount | null {
  if (!isRelationType(row.type)) return null;
  const dir = row.direction === "in" || row.direction === "incoming" ? "in" : (direction ?? "out");
  const count = Number(row.count ?? row.neighbours ?? row.neighbors ?? 0);
  return { type: row.type, stance: RELATION_TYPE_INFO[row.type].stance, direction: dir, count };
}

/** Accepts {counts:[...]}, {byType:[...]}, {out:[...],in:[...]} or a plain array of rows. */
export function normalizeSummary(id: string, raw: unknown): NeighborSummary {
  const rows: NeighborCount[] = [];
  const take = (list: unknown, direction?: "out" | "in") => {
    if (!Array.isArray(list)) return;
    for (const item of list) if (isObject(item)) rows.push(...[countRow(item, direction)].filter((r) => r !== null));
  };
  if (Array.isArray(raw)) take(raw);
  else if (isObject(raw)) {
    const body = isObject(raw.summary) ? raw.summary : raw;
    for (const key of ["counts", "byType", "types", "relationTypes", "relations"]) take(body[key]);
    take(body.out ?? body.outgoing, "out");
    take(body.in ?? body.incoming, "in");
  }
  const total = isObject(raw) && typeof raw.total === "number" ? raw.total : rows.reduce((sum, r) => sum + r.count, 0);
  return { id, total, counts: rows.sort((a, b) => b.count - a.count || a.type.localeCompare(b.type)) };
}

function nameOf(nodes: readonly GraphNode[], id: string): string {
  return nodes.find((n) => n.id === id)?.name ?? id;
}

function stepOf(raw: unknown, index: number, path: { nodes: GraphNode[]; edges: GraphEdge[]; edgeIds: string[] }) {
  const edgeId = isObject(raw) && typeof raw.edgeId === "string" ? raw.edgeId : (path.edgeIds[index] ?? "");
  const edge = path.edges.find((e) => e.id === (isObject(raw) && typeof raw.edge === "string" ? raw.edge : edgeId));
  const from = isObject(raw) && typeof raw.from === "string" ? raw.from : (edge?.source ?? "");
  const to = isObject(raw) && typeof raw.to === "string" ? raw.to : (edge?.target ?? "");
  let text: string;
  if (typeof raw === "string") text = raw;
  else if (isObject(raw) && typeof raw.text === "string") text = raw.text;
  else if (isObject(raw) && typeof raw.sentence === "string") text = raw.sentence;
  else if (edge)
    text = `${nameOf(path.nodes, edge.source)} ${RELATION_TYPE_INFO[edge.type].verb} ${nameOf(path.nodes, edge.target)}`;
  else text = `${nameOf(path.nodes, from)} → ${nameOf(path.nodes, to)}`;
  const id = edge?.id ?? edgeId;
  const folded = isObject(raw) && Array.isArray(raw.edgeIds) ? raw.edgeIds.filter((e) => typeof e === "string") : [];
  const edgeIds = folded.includes(id) ? folded : [id, ...folded];
  return { from, to, edgeId: id, edgeIds, text } satisfies PathStep;
}

export function normalizePaths(raw: unknown[]): FoundPath[] {
  return raw.filter(isObject).map((p) => {
    const nodes = (Array.isArray(p.nodes) ? p.nodes : []) as GraphNode[];
    const edges = (Array.isArray(p.edges) ? p.edges : []) as GraphEdge[];
    const nodeIds = Array.isArray(p.nodeIds) ? (p.nodeIds as string[]) : nodes.map((n) => n.id);
    const edgeIds = Array.isArray(p.edgeIds) ? (p.edgeIds as string[]) : edges.map((e) => e.id);
    const rawSteps = Array.isArray(p.steps) ? p.steps : edgeIds;
    const steps = rawSteps.map((s, i) =>
      stepOf(typeof s === "string" && !Array.isArray(p.steps) ? { edgeId: s } : s, i, { nodes, edges, edgeIds }),
    );
    const length = typeof p.length === "number" ? p.length : edgeIds.length;
    return { nodes, edges, nodeIds, edgeIds, steps, length };
  });
}
