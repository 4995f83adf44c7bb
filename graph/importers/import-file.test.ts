import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { fixtureDir } from "../../test/fixtures/fixture-dir.js";
import { InvalidInputError } from "../errors.js";
import { createKuzuStore } from "../kuzu/index.js";
import type { GraphStore } from "../store.js";
import { detectFormat } from "./detect-format.js";
import { importFile } from "./import-file.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const USASPENDING = path.join(fixtureDir("csv"), "usaspending_treasury_contracts.csv");
const MAPPING = path.join(ROOT, "examples/usaspending-contracts.mapping.yaml");
const GEXF = fixtureDir("gexf");

describe("importFile into Kuzu", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "importers-test-"));
  let store: GraphStore;
  beforeAll(async () => {
    store = await createKuzuStore({ dataDir: dir, bufferPoolBytes: 64 * 1024 * 1024 });
  });
  afterAll(async () => {
    await store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  beforeEach(() => store.clear());

  it("imports the contract table, and importing it again changes nothing", async () => {
    const phases: string[] = [];
    const summary = await importFile(store, USASPENDING, { mapping: MAPPING, onProgress: (p) => phases.push(p.phase) });
    expect(summary).toMatchObject({ entities: 296, relations: 316, format: "csv", records: 126 });
    expect(summary.source).toMatch(/^src:usaspending-treasury-contracts-/);
    expect(phases).toContain("relations");
    expect(await store.counts()).toEqual({ entities: 296, relations: 316 });

    const contract = "contract:tirse16k00067";
    const before = await store.relationsOf(contract);
    await importFile(store, USASPENDING, { mapping: MAPPING });
    expect(await store.counts()).toEqual({ entities: 296, relations: 316 });
    expect(await store.relationsOf(contract)).toEqual(before);
  });

  it("answers the path agency → contract ← vendor from the store", async () => {
    await importFile(store, USASPENDING, { mapping: MAPPING });
    const edges = await store.adjacency(["contract:tirse16k00067"], { direction: "in" });
    expect(edges.map((e) => [e.source, e.type]).sort()).toEqual([
      ["org:duns-005050346", "WON"],
      ["org:internal-revenue-service", "AWARDED"],
    ]);
    const cited = await store.relationsCiting((await store.relationsOf("org:duns-005050346"))[0]!.evidence[0]!.source);
    expect(cited).toHaveLength(316);
  });

  it("leaves the store unchanged when a file is broken", async () => {
    await importFile(store, path.join(GEXF, "les_miserables.gexf"));
    const before = await store.counts();
    expect(before).toEqual({ entities: 78, relations: 254 });
    await expect(importFile(store, path.join(GEXF, "missing_nodes.gexf"))).rejects.toThrow(InvalidInputError);
    await expect(
      importFile(store, path.join(import.meta.dirname, "csv/fixtures/awards-bad.csv"), {
        mapping: path.join(import.meta.dirname, "csv/fixtures/awards.mapping.yaml"),
      }),
    ).rejects.toThrow(/awards-bad\.csv: line 4: field "signed"/);
    const brokenFtm = path.join(dir, "broken.ijson");
    fs.writeFileSync(
      brokenFtm,
      '{"id": "party-a", "schema": "Organization", "properties": {"name": ["Partei A"]}}\n{"id": 7\n',
    );
    await expect(importFile(store, brokenFtm)).rejects.toThrow(/broken\.ijson: line 2/);
    expect(await store.counts()).toEqual(before);
  });

  it("imports FtM and graph files side by side, each file its own source", async () => {
    const ftm = await importFile(store, path.join(import.meta.dirname, "ftm/fixtures/harbour-deal.ftm.json"));
    const gexf = await importFile(store, path.join(GEXF, "mixed.gexf"));
    expect(ftm).toMatchObject({ format: "ftm", entities: 9, relations: 8 });
    expect(gexf).toMatchObject({ format: "gexf", entities: 4, relations: 3 });
    expect(await store.counts()).toEqual({ entities: 13, relations: 11 });
    expect(await store.relationsCiting(ftm.source ?? "")).toHaveLength(8);
  });

  it("refuses a path that is not a file, naming it", async () => {
    await expect(importFile(store, path.join(dir, "nothing.csv"))).rejects.toThrow(/nothing\.csv does not exist/);
  });

  it("refuses a file that would add nothing but its Source: empty, or every record skipped", async () => {
    const write = (name: string, text: string) => {
      fs.writeFileSync(path.join(dir, name), text);
      return path.join(dir, name);
    };
    await expect(importFile(store, write("empty.json", '{"nodes": []}'))).rejects.toThrow(
      /empty\.json: nothing to import: it holds no records/,
    );
    const vessel = write("vessel.ijson", '{"id": "v1", "schema": "Vessel", "properties": {"name": ["Ever Given"]}}\n');
    await expect(importFile(store, vessel)).rejects.toThrow(
      /every record is skipped \(1 FtM entities of schema Vessel\)/,
    );
    expect(await store.counts()).toEqual({ entities: 0, relations: 0 });
  });

  it("answers a dry run with the counts of the real import and writes nothing", async () => {
    const file = path.join(GEXF, "les_miserables.gexf");
    const dry = await importFile(store, file, { dryRun: true });
    expect(await store.counts()).toEqual({ entities: 0, relations: 0 });
    const real = await importFile(store, file);
    expect({ ...dry, seconds: 0 }).toEqual({ ...real, seconds: 0 });
    expect(await store.counts()).toEqual({ entities: real.entities, relations: real.relations });
  });

  it("previews what a file holds: entities by kind and relations by type", async () => {
    const dry = await importFile(store, path.join(import.meta.dirname, "ftm/fixtures/harbour-deal.ftm.json"), {
      dryRun: true,
    });
    expect(dry.kinds).toEqual({ Source: 1, Organization: 4, Person: 2, Contract: 1, Place: 1 });
    expect(Object.values(dry.kinds).reduce((a, b) => a + b, 0)).toBe(dry.entities);
    expect(Object.values(dry.types).reduce((a, b) => a + b, 0)).toBe(dry.relations);
    expect(dry.types).toMatchObject({ INVESTS_IN: 1, LEADS: 1, AWARDED: 1, WON: 1 });
  });
});

describe("format detection", () => {
  it("guesses the format from the extension", () => {
    expect(detectFormat("a/b.CSV")).toBe("csv");
    expect(detectFormat("x.gexf")).toBe("gexf");
    expect(detectFormat("x.graphml")).toBe("graphml");
    expect(detectFormat("x.json")).toBe("graphology");
    expect(detectFormat("x.ftm.json")).toBe("ftm");
    expect(detectFormat("x.ijson")).toBe("ftm");
    expect(detectFormat("x.jsonl")).toBe("ftm");
  });

  it("refuses an unknown extension or format, naming the parameter", () => {
    expect(() => detectFormat("x.xlsx")).toThrow(/pass format/);
    expect(() => detectFormat("x.csv", "excel")).toThrow(/Unknown import format "excel"/);
  });
});
