// A few entities and relations for the Neo4j adapter tests, built through the model's own schemas.
import { Entity } from "../../graph/model/entity.js";
import { RelationInput, toRelation, type Relation } from "../../graph/model/relation.js";

export const entities: Entity[] = [
  {
    id: "org:microsoft",
    kind: "Organization",
    name: "Microsoft",
    aliases: ["MSFT"],
    properties: { employees: 221000 },
  },
  { id: "org:amazon", kind: "Organization", name: "Amazon Web Services", aliases: ["AWS"], properties: {} },
  { id: "org:pentagon", kind: "Organization", name: "Pentágon", aliases: [], properties: { country: "USA" } },
  {
    id: "contract:jedi",
    kind: "Contract",
    name: "JEDI",
    aliases: ["Joint Enterprise Defense Infrastructure"],
    properties: { value: { value: 10_000_000_000, currency: "USD", qualifier: "up to" }, durationYears: 10 },
  },
  {
    id: "src:article-1",
    kind: "Source",
    name: "Article one",
    aliases: [],
    properties: { title: "Article one", language: "de", file: "a1.md", published: "2019-10", publishedInferred: false },
  },
].map((entity) => Entity.parse(entity));

const evidence = (paragraph: number) => [{ source: "src:article-1", paragraph, summary: "The article says so." }];

export const relations: Relation[] = [
  {
    type: "WON",
    from: "org:microsoft",
    to: "contract:jedi",
    status: "confirmed",
    date: { start: "2019-10-25" },
    evidence: evidence(1),
  },
  {
    type: "PROTESTED",
    from: "org:amazon",
    to: "contract:jedi",
    status: "reported",
    note: "via court complaint",
    evidence: evidence(2),
  },
  {
    type: "AWARDED",
    from: "org:pentagon",
    to: "contract:jedi",
    status: "confirmed",
    amount: { value: 10_000_000_000, currency: "USD", qualifier: "up to" },
    date: { start: "2019", end: "2021-07" },
    evidence: evidence(3),
  },
  { type: "COMPETES_WITH", from: "org:microsoft", to: "org:amazon", status: "confirmed", evidence: evidence(4) },
].map((input) => toRelation(RelationInput.parse(input)));
