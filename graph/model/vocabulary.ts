// The closed vocabularies as zod enums, for checking input at every boundary. The values themselves live
// in vocabulary-constants.ts, which the client imports so that its bundle stays free of zod.
import { z } from "zod";
import { ENTITY_KINDS, RELATION_STATUSES, RELATION_TYPES, STANCES } from "./vocabulary-constants.js";

export {
  ENTITY_KINDS,
  ID_PREFIX_BY_KIND,
  RELATION_STATUSES,
  RELATION_TYPE_INFO,
  RELATION_TYPES,
  STANCES,
  stanceOf,
} from "./vocabulary-constants.js";

export const EntityKind = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof EntityKind>;

export const Stance = z.enum(STANCES);
export type Stance = z.infer<typeof Stance>;

export const RelationStatus = z.enum(RELATION_STATUSES);
export type RelationStatus = z.infer<typeof RelationStatus>;

export const RelationType = z.enum(RELATION_TYPES);
export type RelationType = z.infer<typeof RelationType>;
