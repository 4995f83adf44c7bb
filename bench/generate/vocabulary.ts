// Word lists and relation templates for generated graphs: which relation types join which kinds, how
// often, and whether they carry an amount. Kept apart from the generator so its logic stays short.
import type { RelationStatus, RelationType } from "../../graph/model/vocabulary.js";

export type GeneratedKind = "Organization" | "Person" | "Contract" | "Product";

/** Shares of the non-source entities, by kind. */
export const KIND_SHARES: readonly [GeneratedKind, number][] = [
  ["Person", 0.4],
  ["Organization", 0.3],
  ["Contract", 0.2],
  ["Product", 0.1],
];

export const ID_PREFIX: Record<GeneratedKind, string> = {
  Organization: "org:o",
  Person: "person:p",
  Contract: "contract:c",
  Product: "product:pr",
};

export interface RelationTemplate {
  type: RelationType;
  from: GeneratedKind;
  to: GeneratedKind;
  weight: number;
  amount?: boolean;
}

export const RELATION_TEMPLATES: readonly RelationTemplate[] = [
  { type: "WORKS_FOR", from: "Person", to: "Organization", weight: 14 },
  { type: "CEO_OF", from: "Person", to: "Organization", weight: 2 },
  { type: "MEMBER_OF", from: "Person", to: "Organization", weight: 3 },
  { type: "MET_WITH", from: "Person", to: "Person", weight: 5 },
  { type: "CRITICIZED", from: "Person", to: "Organization", weight: 3 },
  { type: "LOBBIED", from: "Organization", to: "Person", weight: 3 },
  { type: "PAID", from: "Organization", to: "Person", weight: 2, amount: true },
  { type: "BID_FOR", from: "Organization", to: "Contract", weight: 10 },
  { type: "WON", from: "Organization", to: "Contract", weight: 5, amount: true },
  { type: "AWARDED", from: "Organization", to: "Contract", weight: 5, amount: true },
  { type: "PARTY_TO", from: "Organization", to: "Contract", weight: 5 },
  { type: "PROTESTED", from: "Organization", to: "Contract", weight: 2 },
  { type: "WITHDREW_FROM", from: "Organization", to: "Contract", weight: 1 },
  { type: "COMPETES_WITH", from: "Organization", to: "Organization", weight: 6 },
  { type: "PARTNERS_WITH", from: "Organization", to: "Organization", weight: 6 },
  { type: "SUPPLIES", from: "Organization", to: "Organization", weight: 5 },
  { type: "INVESTS_IN", from: "Organization", to: "Organization", weight: 3, amount: true },
  { type: "SUBSIDIARY_OF", from: "Organization", to: "Organization", weight: 2 },
  { type: "ACCUSED", from: "Organization", to: "Organization", weight: 1 },
  { type: "OFFERS", from: "Organization", to: "Product", weight: 6 },
  { type: "USES", from: "Organization", to: "Product", weight: 6 },
];

/** Most ties are reported or confirmed; a few are only alleged, planned or denied. */
export const STATUS_WEIGHTS: readonly [RelationStatus, number][] = [
  ["confirmed", 45],
  ["reported", 35],
  ["alleged", 8],
  ["negotiating", 4],
  ["planned", 5],
  ["denied", 3],
];

export const CURRENCIES = ["EUR", "USD", "GBP", "CHF"] as const;

export const FIRST_NAMES = [
  "Anna",
  "Ben",
  "Clara",
  "David",
  "Elif",
  "Felix",
  "Greta",
  "Hannah",
  "Ilya",
  "Jonas",
  "Katrin",
  "Lukas",
  "Mia",
  "Noah",
  "Olga",
  "Paul",
  "Renée",
  "Sofia",
  "Tobias",
  "Ursula",
  "Valentin",
  "Wiebke",
  "Yusuf",
  "Zoë",
  "José",
  "Łukasz",
  "Amélie",
  "Björn",
  "Çağla",
  "Dörte",
];
export const LAST_NAMES = [
  "Müller",
  "Schmidt",
  "Schneider",
  "Fischer",
  "Weber",
  "Meyer",
  "Wagner",
  "Becker",
  "Hoffmann",
  "Schäfer",
  "Koch",
  "Richter",
  "Klein",
  "Wolf",
  "Neumann",
  "Schwarz",
  "Zimmermann",
  "Braun",
  "Krüger",
  "Hofmann",
  "Lévy",
  "García",
  "Nowak",
  "Rossi",
  "Dubois",
  "Andersson",
  "Yılmaz",
  "Kowalski",
  "O'Brien",
  "Petrović",
];
export const ORG_ROOTS = [
  "Helios",
  "Nordwind",
  "Atlas",
  "Kestrel",
  "Borealis",
  "Vireo",
  "Quantis",
  "Ostara",
  "Lumen",
  "Carbonia",
  "Meridian",
  "Argon",
  "Falkenstein",
  "Solenne",
  "Tessera",
  "Brightwater",
  "Ironbridge",
  "Cobalt",
  "Aurora",
  "Rheinfels",
  "Sentinel",
  "Polaris",
  "Vega",
  "Halvard",
  "Ember",
  "Granite",
  "Silverline",
  "Stellar",
];
export const ORG_SECTORS = [
  "Cloud",
  "Systems",
  "Logistics",
  "Energy",
  "Defence",
  "Analytics",
  "Telecom",
  "Mobility",
  "Health",
  "Semiconductors",
  "Media",
  "Capital",
  "Robotics",
  "Security",
  "Software",
  "Networks",
];
export const LEGAL_FORMS = ["GmbH", "AG", "Ltd", "Inc.", "SE", "S.A.", "B.V.", "Group", "Holding"];
export const AGENCIES = [
  "Federal Ministry of Defence",
  "City of Hamburg",
  "European Commission",
  "Bundeswehr",
  "Port Authority",
  "State Railway",
  "Health Agency",
  "Space Agency",
  "Interior Ministry",
  "Tax Office",
];
export const CONTRACT_TOPICS = [
  "cloud migration",
  "data centre",
  "satellite link",
  "drone fleet",
  "cyber defence",
  "payroll software",
  "fibre network",
  "radar upgrade",
  "AI assistant",
  "hospital IT",
  "traffic control",
  "chip supply",
];
export const PRODUCT_WORDS = ["Platform", "Chip", "Engine", "Suite", "Model", "Gateway", "Sensor", "Cloud"];
export const PRODUCT_KINDS = ["cloud platform", "chip", "service", "software", "hardware", "model"] as const;
export const CONTRACT_KINDS = ["contract", "tender", "deal", "investment", "partnership"] as const;
export const COUNTRIES = ["DE", "FR", "US", "GB", "NL", "PL", "IT", "SE", "CH", "AT"];
export const PUBLISHERS = ["Generated Herald", "Benchmark Times", "Synthetic Tribune", "Sample Post"];
