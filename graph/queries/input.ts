// Validation of query-layer input with zod; a failure names the parameter that was wrong.
import { z } from "zod";
import { InvalidInputError } from "../errors.js";
import { EntityId } from "../model/entity.js";
import { PartialDate } from "../model/dates.js";
import { SUPPORT_LEVELS } from "../model/support.js";
import { EntityKind, RelationStatus, RelationType, Stance } from "../model/vocabulary.js";

export const MAX_PATH_HOPS = 10;
export const MAX_PATHS = 10;
export const MAX_NEIGHBOR_DEPTH = 3;
export const MAX_NEIGHBORS = 5_000;
/** Beyond the start, entities with more relations than this are counted, not walked through (see neighborhood.ts). */
export const DEFAULT_HUB_DEGREE = 100;
export const MAX_HUB_DEGREE = 1_000_000;
export const MAX_SEARCH_LIMIT = 100;

const Direction = z.enum(["out", "in", "both"]);

export const SearchInput = z.object({
  q: z
    .string()
    .max(300)
    .refine((q) => /[\p{L}\p{N}]/u.test(q), "the query needs at least one letter or digit"),
  kinds: z.array(EntityKind).optional(),
  limit: z.number().int().min(1).max(MAX_SEARCH_LIMIT).default(10),
});

export const NeighborsInput = z.object({
  id: EntityId,
  depth: z.number().int().min(1).max(MAX_NEIGHBOR_DEPTH).default(1),
  types: z.array(RelationType).optional(),
  stances: z.array(Stance).optional(),
  direction: Direction.default("both"),
  limit: z.number().int().min(1).max(MAX_NEIGHBORS).default(200),
  hubDegree: z.number().int().min(1).max(MAX_HUB_DEGREE).default(DEFAULT_HUB_DEGREE),
});

export const PathsInput = z
  .object({
    from: EntityId,
    to: EntityId,
    via: EntityId.optional(),
    maxHops: z.number().int().min(1).max(MAX_PATH_HOPS).default(6),
    types: z.array(RelationType).optional(),
    excludeTypes: z.array(RelationType).optional(),
    stances: z.array(Stance).optional(),
    support: z.enum(SUPPORT_LEVELS).default("all"),
    statuses: z.array(RelationStatus).optional(),
    at: PartialDate.optional(),
    undated: z.boolean().default(true),
    chronological: z.boolean().default(false),
    k: z.number().int().min(1).max(MAX_PATHS).default(3),
    directed: z.boolean().default(false),
  })
  .refine((input) => input.support === "all" || !input.statuses?.length, {
    message: "give either a support level or a list of statuses, not both",
    path: ["statuses"],
  });

export const MAX_OVERVIEW_ENTITIES = 5_000;

export const OverviewInput = z.object({
  kinds: z.array(EntityKind).optional(),
  limit: z.number().int().min(1).max(MAX_OVERVIEW_ENTITIES).default(500),
});

export const CypherInput = z.object({
  query: z.string().min(1).max(20_000),
  params: z.record(z.string(), z.unknown()).default({}),
});

/** Parses input or throws InvalidInputError naming the first parameter at fault. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const parameter = issue.path.length > 0 ? issue.path.map(String).join(".") : "input";
  throw new InvalidInputError(`Invalid ${parameter}: ${issue.message}`, { parameter, issues: parsed.error.issues });
}

/** A single id parameter. */
export function parseId(value: unknown, parameter = "id"): string {
  return parseInput(z.object({ [parameter]: EntityId }), { [parameter]: value })[parameter] as string;
}
