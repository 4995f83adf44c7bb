// A graph file's attribute value as a typed file attribute: the type the file declares (GEXF
// `<attribute type>`, GraphML `attr.type`) wins; a file that declares none (graphology JSON) is read by
// the value's own JSON type. A value that does not fit its type, or no type at all (objects), is not kept.
import { FileAttributeValue, isDateText, type FileAttributeType } from "../../model/file-attributes.js";

/** Attribute name → the type the file declares for it, for nodes and for edges. */
export interface DeclaredTypes {
  node: ReadonlyMap<string, string>;
  edge: ReadonlyMap<string, string>;
}

export function noDeclaredTypes(): DeclaredTypes {
  return { node: new Map(), edge: new Map() };
}

const TYPE_OF_DECLARED: Readonly<Record<string, FileAttributeType>> = {
  string: "string",
  anyuri: "string",
  integer: "integer",
  int: "integer",
  long: "integer",
  short: "integer",
  byte: "integer",
  biginteger: "integer",
  float: "float",
  double: "float",
  bigdecimal: "float",
  boolean: "boolean",
  date: "date",
  datetime: "date",
  time: "date",
  timestamp: "date",
};

export function typeOfDeclared(declared: string): FileAttributeType | undefined {
  const lower = declared.toLowerCase();
  return lower.startsWith("list") ? "list" : TYPE_OF_DECLARED[lower];
}

export function fileAttributeOf(value: unknown, declared: string | undefined): FileAttributeValue | undefined {
  const type = declared === undefined ? typeOfValue(value) : (typeOfDeclared(declared) ?? "string");
  if (type === undefined) return undefined;
  const parsed = FileAttributeValue.safeParse({ type, value: valueAs(type, value) });
  return parsed.success ? parsed.data : undefined;
}

function typeOfValue(value: unknown): FileAttributeType | undefined {
  if (typeof value === "string") return "string";
  if (typeof value === "boolean") return "boolean";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "float";
  if (Array.isArray(value)) return "list";
  return undefined;
}

function valueAs(type: FileAttributeType, value: unknown): unknown {
  switch (type) {
    case "string":
      return typeof value === "string" || typeof value === "number" || typeof value === "boolean"
        ? String(value)
        : value;
    case "integer":
    case "float":
      return typeof value === "string" && value.trim() !== "" ? Number(value) : value;
    case "boolean":
      return value === "true" ? true : value === "false" ? false : value;
    case "date": {
      const text = typeof value === "string" ? value.trim() : value;
      return typeof text === "string" && isDateText(text) ? text : undefined;
    }
    case "list":
      return Array.isArray(value) ? value : [value];
  }
}
