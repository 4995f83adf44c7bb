// A graph file our own export wrote (graphology JSON, GEXF or GraphML: graph/export/record-fields.ts)
// carries every field of every record: ids, kinds, names, aliases, properties, types, statuses, dates,
// amounts, notes and evidence with its sources. Such a file is read back as exactly those records, so an
// export imports into an empty store as the same graph and into its own store as no change at all.
import type { AbstractGraph, Attributes } from "graphology-types";
import { EntityId } from "../../model/entity.js";
import { ENTITY_KINDS, RELATION_STATUSES, RELATION_TYPES } from "../../model/vocabulary.js";

export interface OwnExportRecords {
  entities: { key: string; record: Record<string, unknown> }[];
  relations: { key: string; record: Record<string, unknown> }[];
}

/** The file's records when every node and edge has the shape our export writes; undefined otherwise. */
export function ownExportRecords(graph: AbstractGraph): OwnExportRecords | undefined {
  if (graph.order === 0) return undefined;
  const entities: OwnExportRecords["entities"] = [];
  const relations: OwnExportRecords["relations"] = [];
  let foreign = false;
  graph.forEachNode((key, attributes) => {
    if (foreign || !isOwnNode(key, attributes)) return void (foreign = true);
    entities.push({ key, record: entityOf(key, attributes) });
  });
  graph.forEachEdge((key, attributes, source, target) => {
    if (foreign || !isOwnEdge(key, attributes)) return void (foreign = true);
    const record = relationOf(key, attributes, source, target);
    relations.push({ key, record: graph.isUndirected(key) ? { ...record, directed: false } : record });
  });
  return foreign ? undefined : { entities, relations };
}

function isOwnNode(key: string, attributes: Attributes): boolean {
  return (
    EntityId.safeParse(key).success &&
    (ENTITY_KINDS as readonly unknown[]).includes(attributes.kind) &&
    typeof attributes.label === "string" &&
    attributes.properties !== undefined
  );
}

function isOwnEdge(key: string, attributes: Attributes): boolean {
  return (
    key.startsWith("rel:") &&
    (RELATION_TYPES as readonly unknown[]).includes(attributes.relType) &&
    (RELATION_STATUSES as readonly unknown[]).includes(attributes.status) &&
    attributes.evidence !== undefined
  );
}

function entityOf(key: string, a: Attributes): Record<string, unknown> {
  return {
    id: key,
    kind: a.kind,
    name: a.label,
    aliases: parsed(a.aliases) ?? [],
    properties: parsed(a.properties) ?? {},
  };
}

function relationOf(key: string, a: Attributes, from: string, to: string): Record<string, unknown> {
  const date =
    parsed(a.date) ?? (a.dateStart ? { start: a.dateStart, ...(a.dateEnd ? { end: a.dateEnd } : {}) } : null);
  const amount =
    parsed(a.amount) ??
    (a.amountValue !== undefined
      ? {
          value: Number(a.amountValue),
          currency: a.amountCurrency,
          ...(a.amountQualifier ? { qualifier: a.amountQualifier } : {}),
        }
      : null);
  return {
    id: key,
    type: a.relType,
    from,
    to,
    status: a.status,
    ...(date ? { date } : {}),
    ...(amount ? { amount } : {}),
    ...(typeof a.note === "string" && a.note !== "" ? { note: a.note } : {}),
    ...(a.attributes !== undefined && a.attributes !== "" ? { attributes: parsed(a.attributes) } : {}),
    evidence: parsed(a.evidence),
  };
}

/** A value as graphology JSON holds it, or as the attribute formats write it (JSON in a string). */
function parsed(value: unknown): unknown {
  if (typeof value !== "string") return value ?? undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}
