// The closed vocabularies of the graph as plain values: entity kinds, relation types with their stance,
// statuses. Zod-free, so the browser bundle carries them without the validators (vocabulary.ts has those).
// Every label or relation type that reaches a query string comes from these arrays.

export const ENTITY_KINDS = ["Person", "Organization", "Contract", "Product", "Place", "Event", "Source"] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const STANCES = ["rivalry", "partnership", "neutral"] as const;
export type Stance = (typeof STANCES)[number];

/** How sure the source is: it states a fact, reports it second-hand, only alleges it, ... */
export const RELATION_STATUSES = ["confirmed", "reported", "alleged", "negotiating", "planned", "denied"] as const;
export type RelationStatus = (typeof RELATION_STATUSES)[number];

/** Each relation type with its stance and the verb used when a path is told in words. */
export const RELATION_TYPE_INFO = {
  CEO_OF: { stance: "neutral", verb: "is CEO of" },
  LEADS: { stance: "neutral", verb: "leads" },
  WORKS_FOR: { stance: "neutral", verb: "works for" },
  SUBSIDIARY_OF: { stance: "neutral", verb: "is a subsidiary of" },
  BRAND_OF: { stance: "neutral", verb: "is a brand of" },
  OFFERS: { stance: "neutral", verb: "offers" },
  AWARDED: { stance: "neutral", verb: "awarded" },
  WON: { stance: "neutral", verb: "won" },
  BID_FOR: { stance: "neutral", verb: "bid for" },
  WITHDREW_FROM: { stance: "neutral", verb: "withdrew from" },
  PARTY_TO: { stance: "neutral", verb: "is party to" },
  PROTESTED: { stance: "rivalry", verb: "protested" },
  ACCUSED: { stance: "rivalry", verb: "accused" },
  INFLUENCED: { stance: "neutral", verb: "influenced" },
  OPPOSED: { stance: "rivalry", verb: "opposed" },
  CRITICIZED: { stance: "rivalry", verb: "criticized" },
  /** Regulators or lawmakers examining a deal or award, without (yet) opposing it. */
  SCRUTINIZED: { stance: "neutral", verb: "scrutinized" },
  LOBBIED: { stance: "neutral", verb: "lobbied" },
  COMPETES_WITH: { stance: "rivalry", verb: "competes with" },
  INVESTS_IN: { stance: "partnership", verb: "invests in" },
  PARTNERS_WITH: { stance: "partnership", verb: "partners with" },
  SUPPLIES: { stance: "partnership", verb: "supplies" },
  USES: { stance: "partnership", verb: "uses" },
  MET_WITH: { stance: "neutral", verb: "met with" },
  OPERATES_IN: { stance: "neutral", verb: "operates in" },
  LOCATED_IN: { stance: "neutral", verb: "is located in" },
  ATTENDED: { stance: "neutral", verb: "attended" },
  PUBLISHED_BY: { stance: "neutral", verb: "is published by" },
  ADVERTISED_IN: { stance: "neutral", verb: "advertised in" },
  REPORTED_ON: { stance: "neutral", verb: "reported on" },
  DENIED: { stance: "rivalry", verb: "denied" },
  /** A payment or donation (FollowTheMoney Payment); the amount sits on the relation. */
  PAID: { stance: "neutral", verb: "paid" },
  /** A sanctioning authority lists an entity (FollowTheMoney Sanction): program and reason in the note. */
  SANCTIONED: { stance: "rivalry", verb: "sanctioned" },
  /** Membership in a party, association or board (FollowTheMoney Membership). */
  MEMBER_OF: { stance: "neutral", verb: "is a member of" },
  /** A tie whose kind the imported file does not say (an untyped edge of a GEXF/GraphML file). */
  RELATED_TO: { stance: "neutral", verb: "is related to" },
  /** An article names an entity (found by `ingest`); each evidence item is one sentence that names it. */
  MENTIONS: { stance: "neutral", verb: "mentions" },
} as const satisfies Record<string, { stance: Stance; verb: string }>;

export type RelationType = keyof typeof RELATION_TYPE_INFO;
export const RELATION_TYPES = Object.keys(RELATION_TYPE_INFO) as [RelationType, ...RelationType[]];

export function stanceOf(type: RelationType): Stance {
  return RELATION_TYPE_INFO[type].stance;
}

/** Id prefixes keep ids readable and tell the kind at a glance: `org:microsoft`. */
export const ID_PREFIX_BY_KIND: Record<EntityKind, string> = {
  Person: "person",
  Organization: "org",
  Contract: "contract",
  Product: "product",
  Place: "place",
  Event: "event",
  Source: "src",
};
