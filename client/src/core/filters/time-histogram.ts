// How many relations begin in each stretch of the time slider's range, for the bars under it.
import type { GraphEdge } from "../../../../graph/model/index.js";
import { monthIndex } from "./time.js";

/** Counts of relations by the month they begin, in `bins` equal stretches from month `min` to `max`. */
export function relationHistogram(edges: Iterable<Pick<GraphEdge, "date">>, min: number, max: number, bins: number) {
  const counts = new Array<number>(bins).fill(0);
  const span = Math.max(1, max - min + 1);
  for (const edge of edges) {
    if (!edge.date) continue;
    const month = monthIndex(edge.date.start.slice(0, 7));
    if (month < min || month > max) continue;
    counts[Math.min(bins - 1, Math.floor(((month - min) / span) * bins))]! += 1;
  }
  return counts;
}
