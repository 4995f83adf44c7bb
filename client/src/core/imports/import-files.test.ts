import { describe, expect, it } from "vitest";
import { describeImport, importPartsOf } from "./import-files.js";

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
    };
    expect(describeImport(summary)).toBe(
      "Imported deal.ftm.json (ftm): 9 entities and 8 relations; 3 records skipped.",
    );
    expect(describeImport({ ...summary, skipped: {} })).toBe(
      "Imported deal.ftm.json (ftm): 9 entities and 8 relations.",
    );
  });
});
