import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureDir } from "../../../test/fixtures/fixture-dir.js";

import { readFtmGraph } from "./import-ftm.js";

const DONATIONS = path.join(fixtureDir("ftm"), "donations.ijson");
const DONATIONS_MAPPING = path.resolve(import.meta.dirname, "../../../examples/ftm-de-party-donations.mapping.yaml");
const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name);

const countBy = <T>(items: readonly T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>(
    (counts, item) => ({ ...counts, [key(item)]: (counts[key(item)] ?? 0) + 1 }),
    {},
  );

describe("the FtM export of donations to German parties", async () => {
  const { graph, sourceId, records } = await readFtmGraph(DONATIONS, DONATIONS_MAPPING);
  const byName = (name: string) => graph.entities.find((e) => e.name === name);

  it("makes donors, parties and addresses entities and every donation a PAID relation", () => {
    // 474 FtM records: 290 payments, 89 addresses, 56 companies, 22 people, 17 organizations.
    expect(records).toBe(474);
    expect(countBy(graph.entities, (e) => e.kind)).toEqual({ Source: 1, Organization: 73, Person: 22, Place: 89 });
    // 84 donors name 103 addresses between them.
    expect(countBy(graph.relations, (r) => r.type)).toEqual({ PAID: 290, LOCATED_IN: 103 });
  });

  it("keeps amounts in EUR and dates, and cites the payment's line", () => {
    const paid = graph.relations.filter((r) => r.type === "PAID");
    expect(paid.every((r) => r.amount?.currency === "EUR" && r.date?.start.length === 10)).toBe(true);
    const total = paid.reduce((sum, r) => sum + (r.amount?.value ?? 0), 0);
    expect(total).toBeCloseTo(40589689.15, 2);
    const first = paid.find((r) => r.evidence[0]?.paragraph === 4);
    expect(first).toMatchObject({
      from: byName("Frau Lina Dachner")?.id,
      to: byName("MLPD")?.id,
      status: "confirmed",
      amount: { value: 100000, currency: "EUR" },
      date: { start: "2011-12-29" },
    });
    expect(first?.evidence[0]).toMatchObject({
      source: sourceId,
      summary: expect.stringContaining("paid MLPD, 100,000 EUR"),
    });
  });

  it("lets a known donor reach its parties: BMW gave to CDU, CSU, FDP and SPD", () => {
    const bmw = byName("Bayerische Motorenwerke AG");
    expect(bmw).toMatchObject({ kind: "Organization", aliases: ["21cc81bf3b960d2847b66c6c862e7aa9b5e4f487"] });
    const gifts = graph.relations.filter((r) => r.type === "PAID" && r.from === bmw?.id);
    const parties = gifts.map((r) => graph.entities.find((e) => e.id === r.to)?.name);
    expect(countBy(parties, (p) => p ?? "?")).toEqual({ SPD: 8, CSU: 8, FDP: 7, CDU: 7 });
    expect(gifts.reduce((sum, r) => sum + (r.amount?.value ?? 0), 0)).toBeCloseTo(2755805, 2);
  });

  it("describes the source in German, as the mapping says", () => {
    expect(graph.entities.find((e) => e.id === sourceId)?.properties).toMatchObject({
      language: "de",
      file: "donations.ijson",
    });
  });
});

describe("a hand-written FtM file", async () => {
  const { graph, skipped } = await readFtmGraph(fixture("harbour-deal.ftm.json"), undefined);
  const idOf = (name: string) => graph.entities.find((e) => e.name === name)?.id;
  const tie = (from: string, type: string, to: string) =>
    graph.relations.find((r) => r.from === idOf(from) && r.type === type && r.to === idOf(to));

  it("merges fragments of one entity and keeps its FtM id as an alias", () => {
    expect(graph.entities.find((e) => e.name === "Nordkran GmbH")).toMatchObject({
      aliases: ["co-nordkran", "Nordkran"],
      properties: { country: "de", sector: "Cranes and port equipment", founded: "1998-04" },
    });
    expect(tie("Nordkran GmbH", "LOCATED_IN", "Kranweg 4, 21107 Hamburg")).toBeDefined();
  });

  it("reads ownership, directorship, membership and representation as relations with notes and dates", () => {
    expect(tie("Elbe Industrie Holding AG", "INVESTS_IN", "Nordkran GmbH")).toMatchObject({
      note: "percentage: 75",
      date: { start: "2015-01-01" },
    });
    expect(tie("Katrin Weber", "LEADS", "Nordkran GmbH")).toMatchObject({ note: "role: Managing director" });
    expect(tie("Nordkran GmbH", "MEMBER_OF", "Verband Deutscher Hafenbetriebe")).toBeDefined();
    expect(tie("Jens Olsen", "WORKS_FOR", "Elbe Industrie Holding AG")).toMatchObject({ note: "role: Lobbyist" });
  });

  it("reads a contract, its authority and its award with amounts", () => {
    const contract = "Container crane refurbishment, Burchardkai";
    expect(graph.entities.find((e) => e.name === contract)).toMatchObject({
      kind: "Contract",
      properties: { value: { value: 12500000, currency: "EUR" }, start: "2021-03-15" },
    });
    expect(tie("Hamburg Port Authority", "AWARDED", contract)).toMatchObject({ date: { start: "2021-03-15" } });
    expect(tie("Nordkran GmbH", "WON", contract)).toMatchObject({ amount: { value: 11800000, currency: "EUR" } });
    expect(tie("Hamburg Port Authority", "PAID", "Nordkran GmbH")).toMatchObject({ amount: { value: 2360000.5 } });
  });

  it("skips schemas we do not model, and relations to them, saying how many", () => {
    expect(skipped).toEqual({ "FtM entities of schema Vessel": 1, "relations to FtM entities of schema Vessel": 1 });
  });
});

describe("refusals", () => {
  it("imports a file that names entities it leaves out, counting each reference left out by property", async () => {
    const { graph, skipped } = await readFtmGraph(fixture("dangling-payer.ijson"), undefined);
    expect(graph.entities.map((e) => e.name)).toContain("Partei A");
    expect(graph.relations).toEqual([]);
    expect(skipped).toEqual({ "references to FtM entities not in the file (Payment.payer)": 1 });
  });
});
