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
      return attribute.value.map((item) => (typeof item === "string" ? timeText(item) : String(item))).join(", ");
    case "boolean":
      return attribute.value ? "yes" : "no";
    case "date":
      return /^\d{4}(-\d{2}){0,2}$/.test(attribute.value) ? formatDate(attribute.value) : attribute.value;
    default:
      return String(attribute.value);
  }
}

const TIME = /^(\d{4}(?:-\d{2}){0,2})(?:T(\d{2}:\d{2})[^/]*)?$/;

/**
 * A date, a date with its time, or a span of them as an import keeps a file's spells
 * (`2015-01-01/2017-06-30`, `2020-02-01/..`) in the panels' words; any other text as it is.
 */
function timeText(text: string): string {
  const one = (time: string): string | undefined => {
    const match = TIME.exec(time);
    if (!match) return undefined;
    const day = formatDate(match[1]!);
    return match[2] && match[2] !== "00:00" ? `${day} ${match[2]}` : day;
  };
  const [start, end, ...rest] = text.split("/");
  if (end === undefined) return one(text) ?? text;
  if (rest.length > 0) return text;
  const from = start === ".." ? null : one(start!);
  const to = end === ".." ? null : one(end);
  if (from === undefined || to === undefined || (from === null && to === null)) return text;
  if (from === null) return `until ${to}`;
  if (to === null) return `from ${from}`;
  return `${from} – ${to}`;
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
