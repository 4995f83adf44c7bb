// Turns values from a user's read-only Cypher query into plain JSON, as the Neo4j adapter does: nodes
// become {id, kind, name, ...}, relationships {id, type, source, target, ...}, paths {nodes, relationships},
// and it notes which entity and relation ids the result referred to.
import { graphEdgeOf, graphNodeOf } from "./kuzu-rows.js";

export interface ValueConverter {
  convert(value: unknown): unknown;
  readonly entityIds: Set<string>;
  readonly relationIds: Set<string>;
}

type KuzuObject = Record<string, unknown>;

const isObject = (value: unknown): value is KuzuObject =>
  typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Date);
const isPath = (value: KuzuObject) => Array.isArray(value._nodes) && Array.isArray(value._rels);
const isRel = (value: KuzuObject) => "_src" in value && "_dst" in value && "_label" in value;
const isNode = (value: KuzuObject) => "_label" in value && "_id" in value && !isRel(value);

export function createValueConverter(): ValueConverter {
  const entityIds = new Set<string>();
  const relationIds = new Set<string>();

  const withoutInternals = (value: KuzuObject): KuzuObject =>
    Object.fromEntries(
      Object.entries(value)
        .filter(([key]) => !key.startsWith("_"))
        .map(([key, inner]) => [key, convert(inner)]),
    );

  const nodeOf = (node: KuzuObject): unknown => {
    if (node._label !== "Entity") return { label: node._label, ...withoutInternals(node) };
    const converted = graphNodeOf(node);
    entityIds.add(converted.id);
    return converted;
  };

  const relOf = (rel: KuzuObject): unknown => {
    if (rel._label !== "Relation") return { type: rel._label, ...withoutInternals(rel) };
    const converted = graphEdgeOf(rel);
    relationIds.add(converted.id);
    entityIds.add(converted.source);
    entityIds.add(converted.target);
    return converted;
  };

  const convert = (value: unknown): unknown => {
    if (value === null || value === undefined) return null;
    if (typeof value === "string" || typeof value === "boolean") return value;
    if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
    if (typeof value === "bigint") return Number(value);
    if (value instanceof Date) return dateText(value);
    if (Array.isArray(value)) return value.map(convert);
    if (value instanceof Uint8Array) return Buffer.from(value).toString("base64");
    if (isObject(value)) {
      if (isPath(value)) {
        return {
          nodes: (value._nodes as KuzuObject[]).map(nodeOf),
          relationships: (value._rels as KuzuObject[]).map(relOf),
        };
      }
      if (isRel(value)) return relOf(value);
      if (isNode(value)) return nodeOf(value);
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, convert(inner)]));
    }
    return String(value);
  };

  return { convert, entityIds, relationIds };
}

/** Kuzu hands DATE and TIMESTAMP values over as JS Dates; a plain date reads best as YYYY-MM-DD. */
function dateText(date: Date): string {
  const iso = date.toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
}
