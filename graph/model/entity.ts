// Entities: people, organizations, contracts, products, places, events and the sources that name them.
import { z } from "zod";
import { PartialDate } from "./dates.js";
import { FileAttributes } from "./file-attributes.js";
import { SourceText } from "./source-text.js";
import { ID_PREFIX_BY_KIND, EntityKind } from "./vocabulary.js";

export const Amount = z
  .object({
    value: z.number().nonnegative(),
    currency: z.string().regex(/^[A-Z]{3}$/, "expected an ISO 4217 code such as USD"),
    /** "up to" ten billion is not the same as ten billion. */
    qualifier: z.enum(["exact", "about", "up to", "at least", "more than"]).optional(),
  })
  .strict();
export type Amount = z.infer<typeof Amount>;

const ENTITY_ID = /^[a-z]+:[a-z0-9][a-z0-9._-]*$/;
export const EntityId = z
  .string()
  .max(200)
  .regex(ENTITY_ID, "expected an id such as org:microsoft (prefix, colon, lowercase letters, digits, . _ -)");
export type EntityId = z.infer<typeof EntityId>;

const text = z.string().trim().min(1).max(2000);
const url = z.string().url().max(2000);
/** Register, tax and other numbers by scheme, as sources give them: `{ registrationNumber: ["808000714"] }`. */
const identifiers = z.record(
  z.string().regex(/^[A-Za-z][A-Za-z0-9]{0,40}$/, "expected an identifier scheme such as registrationNumber"),
  z.array(z.string().trim().min(1).max(200)).min(1).max(20),
);
/** What an imported file said about the entity that no field above holds, typed as the file declares it. */
const attributes = FileAttributes;

const PersonProperties = z
  .object({ role: text, nationality: text, born: PartialDate, description: text, identifiers, attributes })
  .partial()
  .strict();
const OrganizationProperties = z
  .object({
    country: text,
    headquarters: text,
    sector: text,
    founded: PartialDate,
    employees: z.number().int().nonnegative(),
    description: text,
    website: url,
    identifiers,
    attributes,
  })
  .partial()
  .strict();
const ContractProperties = z
  .object({
    contractKind: z.enum(["contract", "tender", "deal", "investment", "partnership"]),
    value: Amount,
    start: PartialDate,
    end: PartialDate,
    durationYears: z.number().positive(),
    description: text,
    attributes,
  })
  .partial()
  .strict();
const ProductProperties = z
  .object({
    productKind: z.enum(["cloud platform", "chip", "service", "software", "hardware", "model"]),
    launched: PartialDate,
    description: text,
    attributes,
  })
  .partial()
  .strict();
const PlaceProperties = z
  .object({ placeKind: z.enum(["country", "region", "city", "site"]), country: text, description: text, attributes })
  .partial()
  .strict();
const EventProperties = z
  .object({ start: PartialDate, end: PartialDate, location: text, description: text, attributes })
  .partial()
  .strict();
export const SourceProperties = z
  .object({
    title: text,
    publisher: text.optional(),
    author: text.optional(),
    language: z.string().regex(/^[a-z]{2}$/, "expected an ISO 639-1 code such as de"),
    file: z.string().min(1).max(300),
    published: PartialDate,
    /** true when the date was worked out from what the article reports, not printed on it */
    publishedInferred: z.boolean(),
    url: url.optional(),
    description: text.optional(),
    /** Paragraphs and sentences of the article, stored by `ingest` so evidence can show its sentence. */
    text: SourceText.optional(),
  })
  .strict();

const PROPERTIES_BY_KIND = {
  Person: PersonProperties,
  Organization: OrganizationProperties,
  Contract: ContractProperties,
  Product: ProductProperties,
  Place: PlaceProperties,
  Event: EventProperties,
  Source: SourceProperties,
} as const;

function entityOf<K extends EntityKind, P extends z.ZodType>(kind: K, properties: P) {
  return z
    .object({
      id: EntityId.refine((id) => id.startsWith(`${ID_PREFIX_BY_KIND[kind]}:`), {
        message: `a ${kind} id starts with "${ID_PREFIX_BY_KIND[kind]}:"`,
      }),
      kind: z.literal(kind),
      name: z.string().trim().min(1).max(300),
      aliases: z.array(z.string().trim().min(1).max(300)).max(50).default([]),
      properties: z.preprocess((value) => value ?? {}, properties),
    })
    .strict();
}

export const PersonEntity = entityOf("Person", PROPERTIES_BY_KIND.Person);
export const OrganizationEntity = entityOf("Organization", PROPERTIES_BY_KIND.Organization);
export const ContractEntity = entityOf("Contract", PROPERTIES_BY_KIND.Contract);
export const ProductEntity = entityOf("Product", PROPERTIES_BY_KIND.Product);
export const PlaceEntity = entityOf("Place", PROPERTIES_BY_KIND.Place);
export const EventEntity = entityOf("Event", PROPERTIES_BY_KIND.Event);
export const SourceEntity = entityOf("Source", PROPERTIES_BY_KIND.Source);

export const Entity = z.discriminatedUnion("kind", [
  PersonEntity,
  OrganizationEntity,
  ContractEntity,
  ProductEntity,
  PlaceEntity,
  EventEntity,
  SourceEntity,
]);
export type Entity = z.infer<typeof Entity>;
export type SourceEntity = z.infer<typeof SourceEntity>;
