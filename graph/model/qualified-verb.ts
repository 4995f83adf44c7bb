// A relation's verb as its status qualifies it ("allegedly influenced", "in talks to win"), for every
// place that names a relation: path steps on the server and CLI, panel headings and labels in the client.
// Zod-free, so the browser bundle can import it.
import { RELATION_TYPE_INFO, type RelationStatus, type RelationType } from "./vocabulary-constants.js";

/** Verbs after "in talks to" and "planned to". A type missing here falls back to its verb as written. */
export const INFINITIVE: Partial<Record<RelationType, string>> = {
  CEO_OF: "be CEO of",
  LEADS: "lead",
  WORKS_FOR: "work for",
  SUBSIDIARY_OF: "be a subsidiary of",
  BRAND_OF: "be a brand of",
  OFFERS: "offer",
  AWARDED: "award",
  WON: "win",
  BID_FOR: "bid for",
  WITHDREW_FROM: "withdraw from",
  PARTY_TO: "be party to",
  PROTESTED: "protest",
  ACCUSED: "accuse",
  INFLUENCED: "influence",
  OPPOSED: "oppose",
  CRITICIZED: "criticize",
  SCRUTINIZED: "scrutinize",
  LOBBIED: "lobby",
  COMPETES_WITH: "compete with",
  INVESTS_IN: "invest in",
  PARTNERS_WITH: "partner with",
  SUPPLIES: "supply",
  USES: "use",
  MET_WITH: "meet with",
  OPERATES_IN: "operate in",
  LOCATED_IN: "be located in",
  ATTENDED: "attend",
  PUBLISHED_BY: "be published by",
  ADVERTISED_IN: "advertise in",
  REPORTED_ON: "report on",
  DENIED: "deny",
  PAID: "pay",
  SANCTIONED: "sanction",
  MEMBER_OF: "be a member of",
  RELATED_TO: "be related to",
  MENTIONS: "mention",
};

/** The relation's verb as its status qualifies it: "allegedly influenced", "in talks to win". */
export function qualifiedVerb(type: RelationType, status: RelationStatus): string {
  const verb = RELATION_TYPE_INFO[type].verb;
  const infinitive = INFINITIVE[type] ?? verb.replace(/^is /, "be ");
  switch (status) {
    case "confirmed":
      return verb;
    case "reported":
      return withAdverb("reportedly", verb);
    case "alleged":
      return withAdverb("allegedly", verb);
    case "negotiating":
      return `in talks to ${infinitive}`;
    case "planned":
      return `planned to ${infinitive}`;
    case "denied":
      return `denied to ${infinitive}`;
  }
}

/** "is reportedly related to", not "reportedly is related to": the adverb goes after a leading "is". */
function withAdverb(adverb: string, verb: string): string {
  return verb.startsWith("is ") ? `is ${adverb} ${verb.slice(3)}` : `${adverb} ${verb}`;
}
