import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureDir } from "../../../test/fixtures/fixture-dir.js";
import { InvalidInputError } from "../../errors.js";
import type { SeedGraph } from "../../seed/index.js";
import { readCsvGraph } from "./import-csv.js";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const USASPENDING = path.join(fixtureDir("csv"), "usaspending_treasury_contracts.csv");
const USASPENDING_MAPPING = path.join(ROOT, "examples/usaspending-contracts.mapping.yaml");
const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name);

const countBy = <T>(items: readonly T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>(
    (counts, item) => ({ ...counts, [key(item)]: (counts[key(item)] ?? 0) + 1 }),
    {},
  );

async function refusal(promise: Promise<unknown>): Promise<InvalidInputError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidInputError);
  return error as InvalidInputError;
}

describe("the USAspending contract table with the example mapping", async () => {
  const { graph, sourceId, records, skipped } = await readCsvGraph(USASPENDING, USASPENDING_MAPPING);
  const entity = (id: string) => graph.entities.find((e) => e.id === id);
  const relationsOf = (g: SeedGraph, type: string, to: string) =>
    g.relations.filter((r) => r.type === type && r.to === to);

  it("makes agencies, vendors, parents, contracts and executives, and the ties between them", () => {
    expect(records).toBe(126);
    // 6 agencies + 102 vendors (by DUNS) + 26 parents that are not vendors themselves; 125 PIIDs; 36 names.
    expect(countBy(graph.entities, (e) => e.kind)).toEqual({ Source: 1, Organization: 134, Contract: 125, Person: 36 });
    // One AWARDED and one WON per transaction; SUBSIDIARY_OF and WORKS_FOR once per pair.
    expect(countBy(graph.relations, (r) => r.type)).toEqual({
      AWARDED: 126,
      WON: 126,
      SUBSIDIARY_OF: 28,
      WORKS_FOR: 36,
    });
    // 80 rows name the vendor's own DUNS number as its parent's.
    expect(skipped).toEqual({ "relations whose two ends are the same entity": 80 });
  });

  it("reads a row's agency, contract, vendor, parent, amount and date", () => {
    // Row 39: IRS, TIRNO11D00027, Northrop Grumman Systems (DUNS 962048646), parent Northrop Grumman (967356127).
    expect(entity("org:internal-revenue-service")).toMatchObject({ name: "INTERNAL REVENUE SERVICE" });
    expect(entity("org:duns-962048646")).toMatchObject({ name: "NORTHROP GRUMMAN SYSTEMS CORPORATION" });
    expect(entity("org:duns-967356127")).toMatchObject({ name: "NORTHROP GRUMMAN CORPORATION" });
    const won = graph.relations.find((r) => r.id.startsWith("rel:org:duns-962048646>won>contract:tirno11d00027|"));
    expect(won).toMatchObject({ status: "confirmed", date: { start: "2016-09-08" } });
    expect(won?.evidence).toEqual([
      expect.objectContaining({ source: sourceId, paragraph: 39, summary: expect.stringContaining("Row 39") }),
    ]);
    expect(graph.relations).toContainEqual(
      expect.objectContaining({ type: "SUBSIDIARY_OF", from: "org:duns-962048646", to: "org:duns-967356127" }),
    );
    const ceo = graph.relations.find((r) => r.from === "person:wesley-g-bush");
    expect(ceo).toMatchObject({
      type: "WORKS_FOR",
      to: "org:duns-962048646",
      amount: { value: 15975622, currency: "USD" },
    });
  });

  it("keeps amounts in USD, turns M/D/YYYY into ISO dates and keeps de-obligations as notes", () => {
    const awarded = relationsOf(graph, "AWARDED", "contract:tirse16k00067");
    expect(awarded).toEqual([
      expect.objectContaining({
        from: "org:internal-revenue-service",
        amount: { value: 4537.85, currency: "USD" },
        date: { start: "2016-09-08" },
      }),
    ]);
    // Row 4 obligates -6000.0000: no negative amount, but the note says what the file said.
    const [deobligation] = relationsOf(graph, "AWARDED", "contract:teps111408");
    expect(deobligation?.amount).toBeUndefined();
    expect(deobligation?.note).toBe("dollarsobligated is negative in the source: -6000 USD");
    expect(entity("contract:teps111408")?.properties).toMatchObject({ start: "2013-09-10", end: "2016-09-08" });
  });

  it("joins an agency and a vendor through the contract they share", () => {
    // The path agency → AWARDED → contract ← WON ← vendor, on row 2.
    const contract = "contract:tirse16k00067";
    expect(relationsOf(graph, "AWARDED", contract).map((r) => r.from)).toEqual(["org:internal-revenue-service"]);
    expect(relationsOf(graph, "WON", contract).map((r) => r.from)).toEqual(["org:duns-005050346"]);
    expect(entity("org:duns-005050346")?.name).toBe("ENTERPRISE TECHNOLOGY SOLUTIONS, INC.");
  });

  it("keeps two transactions on one contract as two awards", () => {
    const awarded = relationsOf(graph, "AWARDED", "contract:tirse13c00003");
    expect(awarded.map((r) => [r.evidence[0]?.paragraph, r.amount?.value])).toEqual([
      [12, 0],
      [21, 79117.02],
    ]);
  });

  it("leaves out executive slots the file fills with NA", () => {
    expect(graph.entities.some((e) => /^na\b/i.test(e.name))).toBe(false);
  });

  it("cites the file as a source with its title, file name and language", () => {
    expect(entity(sourceId)).toMatchObject({
      kind: "Source",
      properties: { file: "usaspending_treasury_contracts.csv", language: "en", publishedInferred: true },
    });
    expect(sourceId).toMatch(/^src:usaspending-treasury-contracts-[0-9a-f]{12}$/);
  });
});

describe("a small CSV file", () => {
  it("reads dates in the mapping's format, quoted fields over two lines, and the mapping's source date", async () => {
    const { graph, sourceId } = await readCsvGraph(fixture("awards.csv"), fixture("awards.mapping.yaml"));
    expect(graph.relations.find((r) => r.type === "AWARDED" && r.to === "contract:k-2")).toMatchObject({
      from: "org:stadt-koln",
      date: { start: "2024-02-29" },
      amount: { value: 800, currency: "EUR" },
    });
    expect(graph.entities.find((e) => e.id === "contract:k-1")?.properties).toEqual({
      description: "Two lines of description",
    });
    expect(graph.entities.find((e) => e.id === sourceId)?.properties).toMatchObject({
      language: "de",
      published: "2024-05",
      publishedInferred: false,
    });
  });

  it("gives the same ids when read twice", async () => {
    const first = await readCsvGraph(fixture("awards.csv"), fixture("awards.mapping.yaml"));
    const second = await readCsvGraph(fixture("awards.csv"), fixture("awards.mapping.yaml"));
    expect(second).toEqual(first);
  });
});

describe("refusals", () => {
  it("refuses a mapping that names a column the file lacks, naming the mapping file and field", async () => {
    const error = await refusal(readCsvGraph(fixture("awards.csv"), fixture("awards-missing-column.mapping.json")));
    expect(error.message).toContain("awards-missing-column.mapping.json");
    expect(error.details.errors).toEqual([
      expect.objectContaining({
        record: "mapping",
        field: "entities.vendor.name.column",
        message: expect.stringContaining('no column "supplier_name" in awards.csv'),
      }),
      expect.objectContaining({
        record: "mapping",
        field: "relations[0].date",
        message: expect.stringContaining('"signed_on"'),
      }),
    ]);
  });

  it("refuses a row with a bad date, naming the CSV file, its line and the column", async () => {
    const error = await refusal(readCsvGraph(fixture("awards-bad.csv"), fixture("awards.mapping.yaml")));
    expect(error.message).toContain("awards-bad.csv");
    // Row 2 starts on line 4: row 1 has a quoted field spanning lines 2 and 3.
    expect(error.details.errors).toContainEqual(
      expect.objectContaining({
        record: "line 4",
        line: 4,
        field: "signed",
        message: "31.2.2024 is not a day of the calendar",
      }),
    );
  });

  it("refuses a negative amount unless the mapping says to keep it as a note", async () => {
    const error = await refusal(readCsvGraph(fixture("awards-bad.csv"), fixture("awards.mapping.yaml")));
    expect(error.details.errors).toContainEqual(expect.objectContaining({ record: "line 5", field: "amount" }));
  });

  it("refuses a mapping with an unknown relation type or entity kind, by field", async () => {
    const { parseMapping } = await import("../shared/read-mapping-file.js");
    const { CsvMapping } = await import("./csv-mapping.js");
    const text = "entities:\n  a: { kind: Company, name: x }\nrelations:\n  - { type: OWNS, from: a, to: a }\n";
    const error = (() => {
      try {
        parseMapping(text, "bad.mapping.yaml", CsvMapping);
      } catch (e) {
        return e as InvalidInputError;
      }
    })();
    expect(error).toBeInstanceOf(InvalidInputError);
    const fields = (error?.details.errors as { field: string }[]).map((e) => e.field);
    expect(fields).toEqual(["entities.a.kind", "relations[0].type"]);
  });

  it("asks for a mapping when none is given", async () => {
    const error = await refusal(readCsvGraph(fixture("awards.csv"), undefined));
    expect(error.details).toMatchObject({ parameter: "mapping" });
  });
});
