// Relations between entities, each with its stance, status, time and the evidence behind it.
import { z } from "zod";
import { Period } from "./dates.js";
import { Amount, EntityId } from "./entity.js";
import { FileAttributes } from "./file-attributes.js";
import { RelationStatus, RelationType, Stance, stanceOf } from "./vocabulary.js";

/** Where a source says it: paragraph = the n-th non-empty line of the source file, sentence within it. */
export const Evidence = z
  .object({
    source: EntityId.refine((id) => id.startsWith("src:"), { message: "evidence must cite a source id (src:...)" }),
    paragraph: z.number().int().positive(),
    sentence: z.number().int().positive().optional(),
    /** One line in our own words, in English. Never a copied sentence. */
    summary: z.string().trim().min(1).max(500),
  })
  .strict();
export type Evidence = z.infer<typeof Evidence>;

const RELATION_ID = /^rel:[a-z0-9][a-z0-9:._>|-]*$/;

export const RelationInput = z
  .object({
    id: z.string().max(300).regex(RELATION_ID, "expected an id such as rel:org:microsoft>won>contract:jedi").optional(),
    type: RelationType,
    from: EntityId,
    to: EntityId,
    status: RelationStatus,
    date: Period.optional(),
    amount: Amount.optional(),
    /** Anything the type alone does not say: "ethical reservations", "via court complaint". */
    note: z.string().trim().min(1).max(500).optional(),
    /** false for a tie with no direction (an undirected edge of an imported graph); absent = from → to. */
    directed: z.literal(false).optional(),
    /** What an imported file said about the edge that no field above holds (a weight, tags), typed. */
    attributes: FileAttributes.optional(),
    evidence: z.array(Evidence).min(1, "a relation needs at least one evidence item"),
  })
  .strict()
  .refine((r) => r.from !== r.to, { message: "a relation cannot point at its own start", path: ["to"] });
export type RelationInput = z.infer<typeof RelationInput>;

/** A relation as stored and served: id and stance are always present. */
export type Relation = Omit<RelationInput, "id"> & { id: string; stance: Stance };

export function relationIdOf(input: Pick<RelationInput, "id" | "type" | "from" | "to">): string {
  return input.id ?? `rel:${input.from}>${input.type.toLowerCase()}>${input.to}`;
}

export function toRelation(input: RelationInput): Relation {
  const { id: _ignored, ...rest } = input;
  return { ...rest, id: relationIdOf(input), stance: stanceOf(input.type) };
}
