// What a graph file's nodes and edges keep: a node's description (and an organization's web address)
// and an edge's label and description (as its note) go to the model's own fields; every other attribute
// becomes a typed file attribute. What fits nowhere is reported by name, so the summary never hides a loss.
import type { Attributes } from "graphology-types";
import { MAX_FILE_ATTRIBUTES, type FileAttributes } from "../../model/file-attributes.js";
import { MAX_PROPERTY_TEXT, type ImportedKind } from "./property-types.js";
import { fileAttributeOf } from "./typed-attributes.js";

const MAX_NOTE = 500;
const MAX_NAME = 200;

type Skip = (reason: string) => void;

export function keptNodeProperties(
  kind: ImportedKind,
  attributes: Attributes,
  used: ReadonlySet<string | undefined>,
  declared: ReadonlyMap<string, string>,
  skip: Skip,
): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  const rest: Attributes = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (used.has(name) || isEmpty(value)) continue;
    const text = typeof value === "string" ? value.trim() : undefined;
    const lower = name.toLowerCase();
    if (lower === "description" && text && text.length <= MAX_PROPERTY_TEXT) properties.description = text;
    else if ((lower === "url" || lower === "website") && kind === "Organization" && text && isWebAddress(text))
      properties.website = text;
    else rest[name] = value;
  }
  const typed = fileAttributesOf("node", rest, declared, skip);
  return typed ? { ...properties, attributes: typed } : properties;
}

/** Every attribute of an edge but its label, type and description (which make its note), typed. */
export function edgeAttributesOf(
  attributes: Attributes,
  used: ReadonlySet<string | undefined>,
  declared: ReadonlyMap<string, string>,
  skip: Skip,
): FileAttributes | undefined {
  const rest: Attributes = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (used.has(name) || isEmpty(value) || name.toLowerCase() === "description") continue;
    rest[name] = value;
  }
  return fileAttributesOf("edge", rest, declared, skip);
}

/** The edge's label (when it named no type) and description, as one note. */
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
  }
  const note = parts.join(" — ").replace(/\s+/g, " ").trim();
  if (note.length > MAX_NOTE) {
    skip(`edge labels and descriptions over ${MAX_NOTE} characters (not kept)`);
    return undefined;
  }
  return note || undefined;
}

function fileAttributesOf(
  owner: "node" | "edge",
  attributes: Attributes,
  declared: ReadonlyMap<string, string>,
  skip: Skip,
): FileAttributes | undefined {
  const typed: FileAttributes = {};
  let count = 0;
  for (const [name, value] of Object.entries(attributes)) {
    const fits = name.trim() !== "" && name.trim().length <= MAX_NAME;
    const attribute = fits ? fileAttributeOf(value, declared.get(name)) : undefined;
    if (!attribute) skip(`${owner} attribute "${name}" (not kept: no value of its type)`);
    else if (count >= MAX_FILE_ATTRIBUTES) skip(`${owner} attributes beyond ${MAX_FILE_ATTRIBUTES} (not kept)`);
    else {
      typed[name.trim()] = attribute;
      count++;
    }
  }
  return count > 0 ? typed : undefined;
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
