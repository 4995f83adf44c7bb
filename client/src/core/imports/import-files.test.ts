import { describe, expect, it } from "vitest";
import { describeImport, importPartsOf, problemsOf, problemText, rankedCounts } from "./import-files.js";

const named = (...names: string[]) => names.map((name) => ({ name }));

describe("importPartsOf", () => {
  it("takes one graph or FtM file as it is", () => {
    expect(importPartsOf(named("network.gexf"))).toEqual({ file: { name: "network.gexf" } });
  });

  it("pairs a CSV with its mapping, whichever order they come in", () => {
    expect(importPartsOf(named("map.yaml", "awards.CSV"))).toEqual({
      file: { name: "awards.CSV" },
      mapping: { name: "map.yaml" },
    });
  });

  it("says what to choose otherwise", () => {
    expect(importPartsOf([])).toEqual({ problem: "Choose a file to import." });
    expect(importPartsOf(named("awards.csv"))).toMatchObject({ problem: expect.stringMatching(/needs its mapping/) });
    expect(importPartsOf(named("a.gexf", "b.gexf"))).toMatchObject({ problem: expect.stringMatching(/one file/) });
    expect(importPartsOf(named("a.csv", "b.csv"))).toMatchObject({ problem: expect.stringMatching(/one file/) });
    expect(importPartsOf(named("a.csv", "m.yaml", "x.gexf"))).toMatchObject({ problem: expect.any(String) });
    expect(importPartsOf(named("a.json", "b.json"))).toMatchObject({ problem: expect.stringMatching(/YAML mapping/) });
  });

  it("takes a graph file with a YAML mapping of its kind and type attributes", () => {
    expect(importPartsOf(named("network.gexf", "network.mapping.yaml"))).toEqual({
      file: { name: "network.gexf" },
      mapping: { name: "network.mapping.yaml" },
    });
  });
});

describe("a refused file's problems", () => {
  it("shows the first five with record and field, and how many there are in all", () => {
    const errors = Array.from({ length: 7 }, (_, i) => ({
      record: `line ${i + 2}`,
      field: "signed",
      message: "bad date",
    }));
    const { shown, total } = problemsOf({ errors, total: 12 });
    expect(shown).toHaveLength(5);
    expect(total).toBe(12);
    expect(problemText(shown[0]!)).toBe('line 2, field "signed": bad date');
    expect(problemText({ message: "no <graph> element" })).toBe("no <graph> element");
  });

  it("ranks counts largest first", () => {
    expect(rankedCounts({ WON: 1, PAID: 8, LEADS: 1 })).toEqual([
      ["PAID", 8],
      ["LEADS", 1],
      ["WON", 1],
    ]);
  });
});

describe("describeImport", () => {
  it("names the file, the counts and what was skipped", () => {
    const summary = {
      file: "deal.ftm.json",
      format: "ftm",
      source: "src:deal-1",
      entities: 9,
      relations: 8,
      records: 12,
      skipped: { "FtM entities of schema Vessel": 2, "self-loops": 1 },
      seconds: 0.1,
      dryRun: false,
      ownExport: false,
      kinds: { Organization: 9 },
      types: { PAID: 8 },
    };
    expect(describeImport(summary)).toBe(
      "Imported deal.ftm.json (ftm): 9 entities and 8 relations; 3 records left out.",
    );
    expect(describeImport({ ...summary, skipped: {} })).toBe(
      "Imported deal.ftm.json (ftm): 9 entities and 8 relations.",
    );
  });
});
