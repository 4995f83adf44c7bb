import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../errors.js";
import { readCsvGraph } from "./import-csv.js";

const FIXTURES = path.join(import.meta.dirname, "fixtures");

function periodsFile(): { csv: string; mapping: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "row-policy-"));
  const rows = ["buyer,seller,from,until"];
  for (let i = 1; i <= 5000; i++)
    rows.push(`Buyer ${i},Seller ${i},Mar 1, 2015,Mar 25, 2016`.replace(/, (\d{4})/g, " $1"));
  // Row 2,500: the period ends before it starts.
  rows[2500] = "Buyer 2500,Seller 2500,Mar 25 2016,Mar 1 2015";
  const csv = path.join(dir, "supplies.csv");
  writeFileSync(csv, `${rows.join("\n")}\n`);
  const mapping = path.join(dir, "supplies.mapping.yaml");
  writeFileSync(
    mapping,
    [
      "entities:",
      "  buyer: { kind: organization, name: buyer }",
      "  seller: { kind: Organization, name: seller }",
      "relations:",
      "  - type: SUPPLIES",
      "    from: seller",
      "    to: buyer",
      "    date: { column: from, format: MMM D YYYY }",
      "    end: { column: until, format: MMM D YYYY }",
    ].join("\n"),
  );
  return { csv, mapping };
}

describe("a CSV file with a bad row", () => {
  it("is refused whole by default, naming the row", async () => {
    const { csv, mapping } = periodsFile();
    const error = await readCsvGraph(csv, mapping).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).details.errors).toContainEqual(
      expect.objectContaining({ record: "line 2501", field: "date.end", message: "end must not be before start" }),
    );
  });

  it("with onError=skip imports every other row and lists the one left out, with why", async () => {
    const { csv, mapping } = periodsFile();
    const { graph, skipped, skippedRows } = await readCsvGraph(csv, mapping, { onError: "skip" });
    expect(graph.relations).toHaveLength(4999);
    expect(graph.relations[0]?.date).toEqual({ start: "2015-03-01", end: "2016-03-25" });
    expect(graph.entities.some((e) => e.name === "Buyer 2500")).toBe(false);
    expect(skippedRows).toEqual([
      {
        line: 2501,
        problems: [
          expect.stringMatching(
            /^relation org:seller-2500 SUPPLIES org:buyer-2500: date\.end: end must not be before start$/,
          ),
        ],
      },
    ]);
    expect(skipped).toEqual({ "rows with a problem (onError=skip; listed in skippedRows)": 1 });
  });

  it("with onError=skip leaves out rows with bad values too, each with its column", async () => {
    const { graph, skippedRows } = await readCsvGraph(
      path.join(FIXTURES, "awards-bad.csv"),
      path.join(FIXTURES, "awards.mapping.yaml"),
      { onError: "skip" },
    );
    expect(skippedRows).toEqual([
      { line: 4, problems: ["signed: 31.2.2024 is not a day of the calendar"] },
      { line: 5, problems: [expect.stringMatching(/^amount: /)] },
    ]);
    expect(graph.entities.map((e) => e.name)).not.toContain("Schmidt AG");
    expect(graph.relations.map((r) => r.to)).toEqual(["contract:k-1", "contract:k-1"]);
  });
});
