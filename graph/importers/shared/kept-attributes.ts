// Which attributes of a graph file's nodes and edges the model has a place for: a node's description (and
// an organization's web address), an edge's label and description as its note. Every other attribute is
// reported by name as not kept, so the import summary never says that nothing was left out when it was.
import type { Attributes } from "graphology-types";
import { MAX_PROPERTY_TEXT, type ImportedKind } from "./property-types.js";

const MAX_NOTE = 500;

type Skip = (reason: string) => void;

export function keptNodeProperties(
  kind: ImportedKind,
  attributes: Attributes,
  used: ReadonlySet<string | undefined>,
  skip: Skip,
): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (used.has(name) || isEmpty(value)) continue;
    const text = typeof value === "string" ? value.trim() : undefined;
    const lower = name.toLowerCase();
    if (lower === "description" && text && text.length <= MAX_PROPERTY_TEXT) properties.description = text;
    else if ((lower === "url" || lower === "website") && kind === "Organization" && text && isWebAddress(text))
      properties.website = text;
    else skip(`node attribute "${name}" (not kept)`);
  }
  return properties;
}

/** The edge's label (when it named no type) and description, as one note; other attributes are counted. */
export function noteOf(
  label: string | undefined,
  attributes: Attributes,
  used: ReadonlySet<string | undefined>,
  skip: Skip,
): string | undefined {
  const parts = label ? [label] : [];
  for (const [name, value] of Object.entries(attributes)) {
    if (used.has(name) || isEmpty(value)) continue;
    if (name.toLowerCase() === "description" && typeof value === "string") parts.push(value.trim());
    else skip(`edge attribute "${name}" (not kept)`);
  }
  const note = parts.join(" — ").replace(/\s+/g, " ").trim();
  if (note.length > MAX_NOTE) {
    skip(`edge labels and descriptions over ${MAX_NOTE} characters (not kept)`);
    return undefined;
  }
  return note || undefined;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === "string" && value.trim() === "");
}

function isWebAddress(text: string): boolean {
  try {
    return ["http:", "https:"].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}
