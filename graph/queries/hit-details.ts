// The property or two that tell a search hit apart from others of its name ("CEO of Amazon", "Germany"),
// picked by kind in a fixed order, so the API, the CLI and the explorer show the same ones.
import type { GraphNode } from "../model/graph.js";
import type { EntityKind } from "../model/vocabulary.js";

export interface HitDetail {
  label: string;
  value: string;
}

const MAX_DETAILS = 2;
const MAX_VALUE_LENGTH = 80;

/** Property name → label, most telling first; a description is the last resort of every kind. */
const DETAILS_BY_KIND: Record<EntityKind, [property: string, label: string][]> = {
  Person: [
    ["role", "role"],
    ["nationality", "nationality"],
    ["born", "born"],
  ],
  Organization: [
    ["sector", "sector"],
    ["country", "country"],
    ["headquarters", "headquarters"],
    ["founded", "founded"],
  ],
  Contract: [
    ["contractKind", "type"],
    ["value", "value"],
    ["start", "start"],
  ],
  Product: [
    ["productKind", "type"],
    ["launched", "launched"],
  ],
  Place: [
    ["placeKind", "type"],
    ["country", "country"],
  ],
  Event: [
    ["start", "date"],
    ["location", "location"],
  ],
  Source: [
    ["publisher", "publisher"],
    ["published", "published"],
    ["author", "author"],
  ],
};

export function hitDetailsOf(node: Pick<GraphNode, "kind" | "properties">): HitDetail[] {
  const picks = [...DETAILS_BY_KIND[node.kind], ["description", "description"] as [string, string]];
  const details: HitDetail[] = [];
  for (const [property, label] of picks) {
    const value = textOf(node.properties[property]);
    if (value) details.push({ label, value: shortened(value) });
    if (details.length === MAX_DETAILS) break;
  }
  return details;
}

function textOf(value: unknown): string | undefined {
  if (typeof value === "string") return value.trim() || undefined;
  if (typeof value === "number") return value.toLocaleString("en-US");
  if (isAmount(value)) {
    const amount = `${value.value.toLocaleString("en-US")} ${value.currency}`;
    return value.qualifier && value.qualifier !== "exact" ? `${value.qualifier} ${amount}` : amount;
  }
  return undefined;
}

function isAmount(value: unknown): value is { value: number; currency: string; qualifier?: string } {
  const candidate = value as { value?: unknown; currency?: unknown } | null;
  return typeof candidate?.value === "number" && typeof candidate.currency === "string";
}

function shortened(text: string): string {
  return text.length <= MAX_VALUE_LENGTH ? text : `${text.slice(0, MAX_VALUE_LENGTH - 1).trimEnd()}…`;
}
