// Query-string parameters the API shares: comma-separated vocabulary lists, bounded integers, booleans.
// An unknown value fails validation with a message naming the bad value and what is allowed.
import { z } from "zod";
import {
  ENTITY_KINDS,
  RELATION_STATUSES,
  RELATION_TYPES,
  STANCES,
  type EntityKind,
  type RelationStatus,
  type RelationType,
  type Stance,
} from "../../graph/model/vocabulary.js";

/** Splits "a, b,,c" and maps each item case-insensitively onto the vocabulary. */
export function parseVocabularyList<T extends string>(
  raw: string,
  vocabulary: readonly T[],
): { values: T[]; unknown: string[] } {
  const byFolded = new Map(vocabulary.map((value) => [value.toLowerCase(), value]));
  const values: T[] = [];
  const unknown: string[] = [];
  for (const item of raw.split(",").map((part) => part.trim())) {
    if (!item) continue;
    const value = byFolded.get(item.toLowerCase());
    if (value === undefined) unknown.push(item);
    else if (!values.includes(value)) values.push(value);
  }
  return { values, unknown };
}

function vocabularyList<T extends string>(vocabulary: readonly T[], what: string) {
  return z
    .string()
    .max(2000)
    .optional()
    .describe(`Comma-separated ${what}s, any of: ${vocabulary.join(", ")}`)
    .transform((raw, ctx): T[] | undefined => {
      if (raw === undefined) return undefined;
      const { values, unknown } = parseVocabularyList(raw, vocabulary);
      for (const item of unknown) {
        ctx.addIssue({
          code: "custom",
          message: `unknown ${what} "${item}"; expected one of ${vocabulary.join(", ")}`,
          input: item,
        });
      }
      return values.length > 0 ? values : undefined;
    });
}

export const RelationTypeList = vocabularyList<RelationType>(RELATION_TYPES, "relation type");
export const StanceList = vocabularyList<Stance>(STANCES, "stance");
export const KindList = vocabularyList<EntityKind>(ENTITY_KINDS, "entity kind");
export const StatusList = vocabularyList<RelationStatus>(RELATION_STATUSES, "relation status");

/** An integer from the query string ("3"), within bounds, with a default. */
export function boundedInt(min: number, max: number, fallback: number) {
  return z.coerce
    .number()
    .int()
    .min(min)
    .max(max)
    .default(fallback)
    .describe(`Integer from ${min} to ${max}, default ${fallback}`);
}

/** "true"/"false" (or 1/0); z.coerce.boolean would read "false" as true. */
export function queryBoolean(fallback: boolean) {
  return z
    .enum(["true", "false", "1", "0"])
    .default(fallback ? "true" : "false")
    .transform((value) => value === "true" || value === "1");
}

/** A name or an id: the server resolves names the way the CLI does. */
export const EntityRef = z.string().trim().min(1).max(300);
