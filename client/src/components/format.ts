// Words for dates, amounts and relations as the panels show them.
import type { FileAttributeValue } from "../../../graph/model/file-attributes.js";
import type { GraphEdge } from "../../../graph/model/index.js";
import { qualifiedVerb } from "../../../graph/model/qualified-verb.js";
import { monthLabel } from "../core/filters/time.js";

export function formatDate(date: string): string {
  if (/^\d{4}$/.test(date)) return date;
  if (/^\d{4}-\d{2}$/.test(date)) return monthLabel(date);
  const [y, m, d] = date.split("-");
  return `${Number(d)} ${monthLabel(`${y}-${m}`)}`;
}

export function formatPeriod(period: GraphEdge["date"]): string {
  if (!period) return "undated";
  return period.end ? `${formatDate(period.start)} – ${formatDate(period.end)}` : formatDate(period.start);
}

export function formatAmount(amount: GraphEdge["amount"]): string {
  if (!amount) return "";
  const qualifier = amount.qualifier && amount.qualifier !== "exact" ? `${amount.qualifier} ` : "";
  const value = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 }).format(amount.value);
  return `${qualifier}${value} ${amount.currency}`;
}

/** "Donald Trump allegedly influenced JEDI": the status is part of the sentence, not only a chip beside it. */
export function relationSentence(
  edge: Pick<GraphEdge, "source" | "target" | "type" | "status">,
  nameOf: (id: string) => string,
): string {
  return `${nameOf(edge.source)} ${qualifiedVerb(edge.type, edge.status)} ${nameOf(edge.target)}`;
}

/** A file attribute's value as text: lists joined, dates as the panels write dates, flags as yes/no. */
export function fileAttributeText(attribute: FileAttributeValue): string {
  switch (attribute.type) {
    case "list":
      return attribute.value.map(String).join(", ");
    case "boolean":
      return attribute.value ? "yes" : "no";
    case "date":
      return /^\d{4}(-\d{2}){0,2}$/.test(attribute.value) ? formatDate(attribute.value) : attribute.value;
    default:
      return String(attribute.value);
  }
}

export function propertyText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (typeof v.value === "number" && typeof v.currency === "string") return formatAmount(v as GraphEdge["amount"]);
    if (Object.values(v).every((list) => Array.isArray(list)))
      return Object.entries(v)
        .map(([scheme, list]) => `${scheme}: ${(list as unknown[]).join(", ")}`)
        .join("; ");
    return JSON.stringify(value);
  }
  if (typeof value === "string" && /^\d{4}(-\d{2}){0,2}$/.test(value)) return formatDate(value);
  return String(value);
}
