// Relation dates against the time window: months as the slider's unit, and whether a relation falls
// inside the window the analyst set.
import { earliestDay, latestDay } from "../../../../graph/model/day-bounds.js";
import type { GraphEdge } from "../../../../graph/model/index.js";
import type { TimeWindow } from "./filters.js";

/** Months since year 0, so a slider can move over them: "2019-10" → 2019*12+9. */
export function monthIndex(month: string): number {
  const [y, m = "01"] = month.split("-");
  return Number(y) * 12 + Number(m) - 1;
}

export function monthOf(index: number): string {
  const year = Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, "0")}`;
}

const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export function monthLabel(month: string): string {
  const [y, m] = month.split("-");
  return `${MONTH_NAMES[Number(m) - 1] ?? ""} ${y}`.trim();
}

/** The first and last month any relation's date touches, or null when nothing is dated. */
export function dateRangeOf(edges: Iterable<GraphEdge>): { min: string; max: string } | null {
  let min: string | null = null;
  let max: string | null = null;
  for (const edge of edges) {
    if (!edge.date) continue;
    const start = earliestDay(edge.date.start).slice(0, 7);
    const end = latestDay(edge.date.end ?? edge.date.start).slice(0, 7);
    if (min === null || start < min) min = start;
    if (max === null || end > max) max = end;
  }
  return min && max ? { min, max } : null;
}

export function isTimeWindowSet(time: TimeWindow): boolean {
  return time.from !== null || time.to !== null;
}

/** A relation is inside the window when its period overlaps it: it began by `to` and lasted to `from`. */
export function isInTimeWindow(edge: Pick<GraphEdge, "date">, time: TimeWindow): boolean {
  if (!isTimeWindowSet(time)) return true;
  if (!edge.date) return time.includeUndated;
  const start = earliestDay(edge.date.start);
  const end = latestDay(edge.date.end ?? edge.date.start);
  if (time.to !== null && start > latestDay(time.to)) return false;
  if (time.from !== null && end < earliestDay(time.from)) return false;
  return true;
}
