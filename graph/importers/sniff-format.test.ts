import { copyFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureDir } from "../../test/fixtures/fixture-dir.js";
import { readImportFile } from "./import-file.js";
import { formatOfContent, headOf } from "./sniff-format.js";

const FTM_FIXTURES = path.join(import.meta.dirname, "ftm", "fixtures");

describe("a file's format from its content", () => {
  it.each([
    [path.join(fixtureDir("gexf"), "les_miserables.gexf"), "gexf"],
    [path.join(fixtureDir("graphml"), "miserables.graphml"), "graphml"],
    [path.join(fixtureDir("yed"), "yed_created_edges_deeper.graphml"), "graphml"],
    [path.join(fixtureDir("graphology-json"), "les-miserables.graphology.json"), "graphology"],
    [path.join(fixtureDir("ftm"), "donations.ijson"), "ftm"],
    [path.join(FTM_FIXTURES, "harbour-deal.ftm.json"), "ftm"],
    [path.join(import.meta.dirname, "csv", "fixtures", "awards.csv"), undefined],
  ])("%s reads as %s", async (file, format) => {
    expect(formatOfContent(await headOf(file))).toBe(format);
  });

  it("reads a FollowTheMoney file named .json as FtM, not as a graphology graph", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "sniff-"));
    const renamed = path.join(dir, "donations.json");
    await copyFile(path.join(fixtureDir("ftm"), "donations.ijson"), renamed);
    const read = await readImportFile(renamed);
    expect(read.format).toBe("ftm");
    expect(read.graph.relations.length).toBeGreaterThan(0);
  });

  it("reads a GEXF file named .graphml as GEXF: the content wins over the name", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "sniff-"));
    const renamed = path.join(dir, "network.graphml");
    await copyFile(path.join(fixtureDir("gexf"), "les_miserables.gexf"), renamed);
    const read = await readImportFile(renamed);
    expect(read.format).toBe("gexf");
    expect(read.graph.entities.filter((e) => e.kind !== "Source")).toHaveLength(77);
  });
});
