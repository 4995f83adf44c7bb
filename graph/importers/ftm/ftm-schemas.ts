// How FollowTheMoney schemata map onto our model: which become entities of which kind, and which
// become relations (with the two properties naming their ends and the relation type).
import type { RelationType } from "../../model/vocabulary.js";
import type { ImportedKind } from "../shared/property-types.js";

/** FtM thing schemata we keep as entities. LegalEntity is FtM's "person or organization": an Organization here. */
export const FTM_ENTITY_KINDS: Record<string, ImportedKind> = {
  Person: "Person",
  Company: "Organization",
  Organization: "Organization",
  LegalEntity: "Organization",
  PublicBody: "Organization",
  Contract: "Contract",
  Address: "Place",
};

/** FtM properties that hold register, tax and other numbers: kept as the entity's identifiers. */
export const FTM_IDENTIFIERS = [
  "registrationNumber",
  "taxNumber",
  "vatCode",
  "leiCode",
  "innCode",
  "ogrnCode",
  "okpoCode",
  "dunsCode",
  "swiftBic",
  "idNumber",
  "passportNumber",
  "socialSecurityNumber",
  "wikidataId",
] as const;

export interface FtmEdgeSchema {
  from: string;
  to: string;
  type: RelationType;
  /** Properties whose values are worth a note on the relation: `role: chairman`. */
  noted: readonly string[];
}

/** FtM interval schemata that join two entities, read as relations from `from` to `to`. */
export const FTM_EDGE_SCHEMAS: Record<string, FtmEdgeSchema> = {
  Payment: { from: "payer", to: "beneficiary", type: "PAID", noted: ["purpose", "programme"] },
  Ownership: { from: "owner", to: "asset", type: "INVESTS_IN", noted: ["percentage", "ownershipType", "role"] },
  Directorship: { from: "director", to: "organization", type: "LEADS", noted: ["role"] },
  Membership: { from: "member", to: "organization", type: "MEMBER_OF", noted: ["role"] },
  Employment: { from: "employee", to: "employer", type: "WORKS_FOR", noted: ["role"] },
  Representation: { from: "agent", to: "client", type: "WORKS_FOR", noted: ["role"] },
  ContractAward: { from: "supplier", to: "contract", type: "WON", noted: ["lotNumber", "role"] },
  UnknownLink: { from: "subject", to: "object", type: "RELATED_TO", noted: ["role"] },
  /** Kinship and association have no type of their own: the note says which ("relationship: brother"). */
  Family: { from: "person", to: "relative", type: "RELATED_TO", noted: ["relationship"] },
  Associate: { from: "person", to: "associate", type: "RELATED_TO", noted: ["relationship"] },
};
