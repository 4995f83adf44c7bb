// Keeping a route's relation periods in order: each step may start no earlier than the step before it.
// Undated relations do not constrain, and a partial date ("2019") may mean any day it covers.
import { earliestDay, latestDay } from "../model/dates.js";
import type { GraphEdge } from "../model/graph.js";

/**
 * The relations of each step that keep the route in order, or undefined when no choice does. Choosing
 * the earliest-starting relation that fits at each step leaves the most room for the steps after it,
 * so a route is kept exactly when some choice of one relation per step is in order. A step fits when
 * the latest day its start can mean is not before the earliest day the previous step's start can mean.
 */
export function chronologicalSteps(steps: readonly (readonly GraphEdge[])[]): GraphEdge[][] | undefined {
  let bound: string | undefined;
  const kept: GraphEdge[][] = [];
  for (const step of steps) {
    const fits = step.filter((edge) => !edge.date || bound === undefined || latestDay(edge.date.start) >= bound);
    if (fits.length === 0) return undefined;
    if (!fits.some((edge) => !edge.date)) {
      const earliest = fits.map((edge) => earliestDay(edge.date!.start)).reduce((a, b) => (a < b ? a : b));
      if (bound === undefined || earliest > bound) bound = earliest;
    }
    kept.push(fits);
  }
  return kept;
}
