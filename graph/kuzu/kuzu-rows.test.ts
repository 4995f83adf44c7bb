import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import type { Entity } from "../model/entity.js";
import { toRelation } from "../model/relation.js";
import { ALIAS_SEPARATOR, adjacentEdgeOf, entityRowOf, graphEdgeOf, graphNodeOf, relationRowOf } from "./kuzu-rows.js";

const microsoft: Entity = {
  id: "org:microsoft",
  kind: "Organization",
  name: "Microsoft",
  aliases: ["MSFT", "Microsoft Corporation"],
  properties: { country: "United States" },
};

const won = toRelation({
  type: "WON",
  from: "org:microsoft",
  to: "contract:jedi",
  status: "confirmed",
  date: { start: "2019-10-25" },
  amount: { value: 10_000_000_000, currency: "USD", qualifier: "up to" },
  evidence: [
    { source: "src:b", paragraph: 2, summary: "Recalled." },
    { source: "src:a", paragraph: 1, summary: "Won." },
    { source: "src:b", paragraph: 4, summary: "Recalled again." },
  ],
});

describe("entity rows", () => {
  it("carry folded search text and aliases joined into one string", () => {
    const row = entityRowOf(microsoft);
    expect(row.aliases).toBe(`MSFT${ALIAS_SEPARATOR}Microsoft Corporation`);
    expect(row.searchText).toBe("microsoft\nmsft\nmicrosoft corporation");
    expect(JSON.parse(row.properties)).toEqual({ country: "United States" });
    expect(entityRowOf({ ...microsoft, aliases: [] }).aliases).toBe("");
  });

  it("refuse an alias holding the separator, naming the entity", () => {
    expect(() => entityRowOf({ ...microsoft, aliases: [`a${ALIAS_SEPARATOR}b`] })).toThrow(InvalidInputError);
    expect(() => entityRowOf({ ...microsoft, aliases: [`a${ALIAS_SEPARATOR}b`] })).toThrow(/org:microsoft/);
  });

  it("come back as graph nodes, with a missing alias list read as none", () => {
    const node = graphNodeOf({
      ...entityRowOf(microsoft),
      aliases: null,
      _label: "Entity",
      _id: { offset: 0, table: 0 },
    });
    expect(node).toEqual({ ...microsoft, aliases: [] });
  });

  it("name the field when the store hands back broken JSON", () => {
    expect(() => graphNodeOf({ ...entityRowOf(microsoft), aliases: [], properties: "{oops" })).toThrow(
      /properties is not valid JSON/,
    );
  });
});

describe("relation rows", () => {
  it("use '' for every absent field and list each cited source once, sorted", () => {
    const row = relationRowOf({ ...won, amount: undefined, date: undefined });
    expect(row).toMatchObject({
      dateStart: "",
      dateEnd: "",
      amountValue: "",
      amountCurrency: "",
      amountQualifier: "",
      note: "",
    });
    expect(row.sources).toEqual(["src:a", "src:b"]);
  });

  it("come back as the same graph edge they were made from", () => {
    const row = relationRowOf(won);
    const stored = {
      ...row,
      dateStart: row.dateStart,
      dateEnd: null,
      amountValue: Number(row.amountValue),
      note: null,
      directed: true,
    };
    expect(graphEdgeOf(stored)).toEqual({
      id: won.id,
      source: "org:microsoft",
      target: "contract:jedi",
      type: "WON",
      stance: "neutral",
      status: "confirmed",
      date: { start: "2019-10-25" },
      amount: { value: 10_000_000_000, currency: "USD", qualifier: "up to" },
      note: null,
      evidence: won.evidence,
    });
  });

  it("keep an undirected relation undirected, and read a row from before the column as directed", () => {
    const row = relationRowOf({ ...won, directed: false });
    expect(row.directed).toBe("false");
    const stored = { ...row, amountValue: Number(row.amountValue), dateEnd: null, note: null };
    expect(graphEdgeOf({ ...stored, directed: false }).directed).toBe(false);
    expect(graphEdgeOf({ ...stored, directed: null })).not.toHaveProperty("directed");
    expect(graphEdgeOf({ ...stored, directed: true })).not.toHaveProperty("directed");
  });

  it("refuse a light edge with a relation type outside the vocabulary", () => {
    expect(adjacentEdgeOf({ id: "rel:x", source: "a", target: "b", type: "WON" }).type).toBe("WON");
    expect(() => adjacentEdgeOf({ id: "rel:x", source: "a", target: "b", type: "HATES" })).toThrow();
  });
});
