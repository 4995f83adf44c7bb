// How an importer reads each entity property from text: the model's property schemas are strict, so this
// table lists the properties a mapping may fill, per kind, with the type of value each one takes.
import type { EntityKind } from "../../model/vocabulary.js";

export type PropertyType = "text" | "date" | "number" | "integer" | "amount" | "url" | "choice";

export const PROPERTY_TYPES: Record<Exclude<EntityKind, "Source">, Record<string, PropertyType>> = {
  Person: { role: "text", nationality: "text", born: "date", description: "text" },
  Organization: {
    country: "text",
    headquarters: "text",
    sector: "text",
    founded: "date",
    employees: "integer",
    description: "text",
    website: "url",
  },
  Contract: {
    contractKind: "choice",
    value: "amount",
    start: "date",
    end: "date",
    durationYears: "number",
    description: "text",
  },
  Product: { productKind: "choice", launched: "date", description: "text" },
  Place: { placeKind: "choice", country: "text", description: "text" },
  Event: { start: "date", end: "date", location: "text", description: "text" },
};

export type ImportedKind = Exclude<EntityKind, "Source">;
export const IMPORTED_KINDS = Object.keys(PROPERTY_TYPES) as [ImportedKind, ...ImportedKind[]];

/** Longest text the model accepts in a text property. */
export const MAX_PROPERTY_TEXT = 2000;
