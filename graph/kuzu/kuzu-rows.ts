// The mapping between our domain and Kuzu's tables: entities and relations to all-string parameter rows
// (see queries.ts for why), and result rows back to GraphNode / GraphEdge / AdjacentEdge, checked with zod.
import { z } from "zod";
import { InvalidInputError } from "../errors.js";
import type { Entity } from "../model/entity.js";
import { GraphEdge, GraphNode, type AdjacentEdge } from "../model/graph.js";
import type { Relation } from "../model/relation.js";
import { searchTextOf } from "../model/search-text.js";
import { RelationType } from "../model/vocabulary.js";

/** Joins aliases into one string parameter; a control character no alias can sensibly hold. */
export const ALIAS_SEPARATOR = "\u001f";

export interface EntityRow {
  id: string;
  kind: string;
  name: string;
  /** Aliases joined by ALIAS_SEPARATOR, '' for none. */
  aliases: string;
  searchText: string;
  properties: string;
}

export function entityRowOf(entity: Entity): EntityRow {
  const badAlias = entity.aliases.find((alias) => alias.includes(ALIAS_SEPARATOR));
  if (badAlias !== undefined) {
    throw new InvalidInputError(`entity ${entity.id}: an alias contains the control character U+001F`, {
      entity: entity.id,
      field: "aliases",
    });
  }
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    aliases: entity.aliases.join(ALIAS_SEPARATOR),
    searchText: searchTextOf(entity),
    properties: JSON.stringify(entity.properties ?? {}),
  };
}

/** Every optional field is '' when absent: no real value is empty (the model trims and requires text). */
export interface RelationRow {
  id: string;
  source: string;
  target: string;
  type: string;
  stance: string;
  status: string;
  dateStart: string;
  dateEnd: string;
  amountValue: string;
  amountCurrency: string;
  amountQualifier: string;
  note: string;
  evidence: string;
  /** Never empty: a relation has at least one evidence item. */
  sources: string[];
  /** 'false' for an undirected relation, '' for a directed one. */
  directed: string;
  /** The file's own attributes as JSON, '' when it had none. */
  attributes: string;
}

export function relationRowOf(relation: Relation): RelationRow {
  return {
    id: relation.id,
    source: relation.from,
    target: relation.to,
    type: relation.type,
    stance: relation.stance,
    status: relation.status,
    dateStart: relation.date?.start ?? "",
    dateEnd: relation.date?.end ?? "",
    amountValue: relation.amount ? String(relation.amount.value) : "",
    amountCurrency: relation.amount?.currency ?? "",
    amountQualifier: relation.amount?.qualifier ?? "",
    note: relation.note ?? "",
    evidence: JSON.stringify(relation.evidence),
    sources: [...new Set(relation.evidence.map((item) => item.source))].sort(),
    directed: relation.directed === false ? "false" : "",
    attributes: relation.attributes ? JSON.stringify(relation.attributes) : "",
  };
}

const jsonText = (what: string) =>
  z.string().transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: "custom", message: `${what} is not valid JSON` });
      return z.NEVER;
    }
  });

const EntityRecord = z.object({
  id: z.string(),
  kind: z.string(),
  name: z.string(),
  aliases: z.array(z.string()).nullable(),
  properties: jsonText("properties").nullable(),
});

export function graphNodeOf(row: unknown): GraphNode {
  const parsed = EntityRecord.parse(row);
  return GraphNode.parse({ ...parsed, aliases: parsed.aliases ?? [], properties: parsed.properties ?? {} });
}

const EdgeRecord = z.object({
  id: z.string(),
  source: z.string(),
  target: z.string(),
  type: z.string(),
  stance: z.string(),
  status: z.string(),
  dateStart: z.string().nullable(),
  dateEnd: z.string().nullable(),
  amountValue: z.number().nullable(),
  amountCurrency: z.string().nullable(),
  amountQualifier: z.string().nullable(),
  note: z.string().nullable(),
  evidence: jsonText("evidence"),
  /** Null only in a row of a store whose column was added after the relation was written. */
  directed: z.boolean().nullish(),
  /** Null (or the empty text a row is written with) when the relation has no attributes of its file. */
  attributes: z.preprocess((text) => (text === "" ? null : text), jsonText("attributes").nullish()),
});

export function graphEdgeOf(row: unknown): GraphEdge {
  const r = EdgeRecord.parse(row);
  const date =
    r.dateStart === null ? null : r.dateEnd === null ? { start: r.dateStart } : { start: r.dateStart, end: r.dateEnd };
  const amount =
    r.amountValue === null
      ? null
      : r.amountQualifier === null
        ? { value: r.amountValue, currency: r.amountCurrency }
        : { value: r.amountValue, currency: r.amountCurrency, qualifier: r.amountQualifier };
  return GraphEdge.parse({
    id: r.id,
    source: r.source,
    target: r.target,
    type: r.type,
    stance: r.stance,
    status: r.status,
    date,
    amount,
    note: r.note,
    ...(r.directed === false ? { directed: false } : {}),
    ...(r.attributes ? { attributes: r.attributes } : {}),
    evidence: r.evidence,
  });
}

const AdjacentRecord = z.object({ id: z.string(), source: z.string(), target: z.string(), type: RelationType });

export function adjacentEdgeOf(row: unknown): AdjacentEdge {
  return AdjacentRecord.parse(row);
}

const CountRecord = z.object({ count: z.union([z.number(), z.bigint()]).transform(Number) });

export function countOf(row: unknown): number {
  return CountRecord.parse(row).count;
}
