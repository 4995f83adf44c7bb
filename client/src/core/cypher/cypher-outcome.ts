// What the last Cypher query gave: its rows and the graph drawn from them, or the error that replaced
// them. One outcome at a time, so an error never sits above a table from an earlier query.
import type { CypherResponse } from "../../api/types.js";

export type CypherOutcome =
  { kind: "rows"; query: string; answer: CypherResponse } | { kind: "error"; query: string; message: string };

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "13 rows · 11 entities, 13 relations drawn", or why there is nothing to show. */
export function summaryOf(outcome: CypherOutcome): string {
  if (outcome.kind === "error") return "The query failed";
  const { rows, graph, truncated } = outcome.answer;
  const drawn =
    graph.nodes.length === 0 && graph.edges.length === 0
      ? "nothing to draw"
      : `${count(graph.nodes.length, "entity", "entities")}, ${count(graph.edges.length, "relation", "relations")} drawn`;
  return `${count(rows.length, "row", "rows")}${truncated ? " (cut short: add a LIMIT)" : ""} · ${drawn}`;
}

/** A cell an analyst can click to select what it names on the canvas. */
export type CellTarget = { kind: "entity" | "relation"; id: string } | null;

export function cellTargetOf(value: unknown): CellTarget {
  if (typeof value !== "object" || value === null) return null;
  const record = value as Record<string, unknown>;
  if (typeof record.id !== "string") return null;
  if (typeof record.source === "string" && typeof record.target === "string")
    return { kind: "relation", id: record.id };
  if (typeof record.kind === "string") return { kind: "entity", id: record.id };
  return null;
}

export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "—";
  if (typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.name === "string") return `${record.name}${record.kind ? ` (${String(record.kind)})` : ""}`;
    if (typeof record.type === "string")
      return `${record.type.toLowerCase().replace(/_/g, " ")}${record.status ? ` (${String(record.status)})` : ""}`;
    return JSON.stringify(value);
  }
  return String(value);
}
