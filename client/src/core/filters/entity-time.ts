// An entity's own dates against the time window: a contract's or event's period, a product's launch,
// a source's publication, an organisation's founding, a person's birth.
import type { GraphNode } from "../../../../graph/model/index.js";
import type { TimeWindow } from "./filters.js";
import { isInTimeWindow } from "./time.js";

const POINT_DATES = ["launched", "published", "founded", "born"] as const;

function partialDate(value: unknown): string | null {
  return typeof value === "string" && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) ? value : null;
}

/** The entity's own period or date, or null when it has none. */
export function entityDateOf(node: Pick<GraphNode, "properties">): { start: string; end?: string } | null {
  const start = partialDate(node.properties.start);
  if (start) {
    const end = partialDate(node.properties.end);
    return end ? { start, end } : { start };
  }
  for (const key of POINT_DATES) {
    const date = partialDate(node.properties[key]);
    if (date) return { start: date };
  }
  return null;
}

/** Whether the entity's own dates fall in the window; an entity without dates never does by itself. */
export function isEntityDatedInWindow(node: Pick<GraphNode, "properties">, time: TimeWindow): boolean {
  const date = entityDateOf(node);
  return date !== null && isInTimeWindow({ date }, { ...time, includeUndated: false });
}
