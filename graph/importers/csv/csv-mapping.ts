// The mapping file that tells the CSV importer which columns make which entities and which relations join
// them. Written in YAML or JSON; see examples/usaspending-contracts.mapping.yaml for a documented example.
import { z } from "zod";
import { RelationStatus, RelationType } from "../../model/vocabulary.js";
import { DateFormat } from "../shared/parse-values.js";
import { KindName } from "../shared/kind-name.js";
import { SourceInfo } from "../shared/source-entity.js";

const Column = z.string().min(1).max(200);

/** A column's text, optionally cut by a regular expression (its first group, or the whole match). */
export const ColumnValue = z
  .object({
    column: Column,
    /** Applied to the text (RE2 syntax, see mapping-pattern.ts); when it does not match, the text is used as it is. */
    pattern: z.string().min(1).max(500).optional(),
    /** Put before a non-empty value: `duns-` turns 004496600 into duns-004496600. */
    prefix: z.string().min(1).max(50).optional(),
    /** How a date column is written (default YYYY-MM-DD). */
    format: DateFormat.optional(),
  })
  .strict();
export type ColumnValue = z.infer<typeof ColumnValue>;

/** The same for every row. */
export const ConstantValue = z.object({ value: z.union([z.string().trim().min(1).max(2000), z.number()]) }).strict();

/** A bare string is a column name. */
export const ValueSpec = z.union([Column, ColumnValue, ConstantValue]);
export type ValueSpec = z.infer<typeof ValueSpec>;

export const AmountSpec = z
  .object({
    column: Column,
    currency: z.string().regex(/^[A-Z]{3}$/, "expected an ISO 4217 code such as USD"),
    qualifier: z.enum(["exact", "about", "up to", "at least", "more than"]).optional(),
    /** What a negative number means: an error (default), or no amount and a note saying what the file said. */
    negative: z.enum(["refuse", "note"]).default("refuse"),
  })
  .strict();
export type AmountSpec = z.infer<typeof AmountSpec>;

const KEY = /^[A-Za-z][A-Za-z0-9_-]*$/;

export const EntitySpec = z
  .object({
    kind: KindName,
    /** An external id (a DUNS number, a register number); without it the id is made from the name. */
    id: ValueSpec.optional(),
    name: ValueSpec,
    aliases: z.array(ValueSpec).max(20).optional(),
    properties: z.record(z.string(), z.union([ValueSpec, AmountSpec])).optional(),
    /**
     * One entity per item, with `{n}` in column names replaced by the item: executive{n} with [1, 2]
     * reads columns executive1 and executive2.
     */
    repeat: z
      .array(z.union([z.string().regex(/^[A-Za-z0-9_-]+$/), z.number().int()]))
      .min(1)
      .max(100)
      .optional(),
  })
  .strict();
export type EntitySpec = z.infer<typeof EntitySpec>;

export const RelationSpec = z
  .object({
    type: RelationType,
    /** Keys of the `entities` section. */
    from: z.string().regex(KEY),
    to: z.string().regex(KEY),
    status: RelationStatus.default("reported"),
    date: ValueSpec.optional(),
    /** With `date`, the relation's period ends here. */
    end: ValueSpec.optional(),
    amount: AmountSpec.optional(),
    note: ValueSpec.optional(),
    /**
     * false (default): one relation per row (a transaction). true: one relation per pair of entities for
     * the whole file (a fact such as "works for"), citing the first rows that state it.
     */
    once: z.boolean().default(false),
  })
  .strict();
export type RelationSpec = z.infer<typeof RelationSpec>;

export const CsvMapping = z
  .object({
    source: SourceInfo.optional(),
    delimiter: z.string().length(1).default(","),
    /** Makes per-row relation ids; must be unique per row. Default: the row number. */
    rowKey: ValueSpec.optional(),
    /** Texts that mean "no value" besides the empty string (compared after trimming), e.g. "NA". */
    nullValues: z.array(z.string().max(100)).max(50).default([]),
    entities: z
      .record(z.string().regex(KEY, "entity keys are letters, digits, _ and -"), EntitySpec)
      .refine((entities) => Object.keys(entities).length > 0, "name at least one entity"),
    relations: z.array(RelationSpec).default([]),
  })
  .strict();
export type CsvMapping = z.infer<typeof CsvMapping>;
