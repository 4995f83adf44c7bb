import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureDir } from "../../../test/fixtures/fixture-dir.js";
import type { FileAttributes } from "../../model/file-attributes.js";
import { readGraphmlGraph } from "./import-graphml.js";

type EntityAttributes = { attributes?: FileAttributes };

const YED = fixtureDir("yed");
const GRAPHML = fixtureDir("graphml");

async function read(file: string) {
  const { graph, skipped } = await readGraphmlGraph(file, undefined);
  const entities = graph.entities.filter((e) => e.kind !== "Source");
  const nameOf = new Map(entities.map((e) => [e.id, e.name]));
  const ties = graph.relations.map((r) => `${nameOf.get(r.from)} -> ${nameOf.get(r.to)}${r.note ? `: ${r.note}` : ""}`);
  const edgeUrls = graph.relations.flatMap((r) => (r.attributes?.url ? [String(r.attributes.url.value)] : []));
  return { entities, ties, skipped, edgeUrls };
}

describe("GraphML saved by yEd", () => {
  it("reads a file with port and graphml keys, naming entities by their yEd labels", async () => {
    const { entities } = await read(path.join(YED, "yed_created_edges_deeper.graphml"));
    expect(entities.map((e) => e.name).sort()).toEqual(
      ["Brescia", "Group 2", "Ivrea", "Northern Italy", "Savona", "Savona", "Turin"].sort(),
    );
  });

  it("keeps two nodes that share a label apart, as yEd does", async () => {
    const { entities } = await read(path.join(YED, "yed_created_edges_deeper.graphml"));
    const savonas = entities.filter((e) => e.name === "Savona");
    expect(new Set(savonas.map((e) => e.id)).size).toBe(2);
  });

  it("keeps each node's own description and URL, groups included", async () => {
    const { entities } = await read(path.join(YED, "yed_created_edges_deeper.graphml"));
    const byName = new Map(entities.map((e) => [e.name, e.properties as Record<string, unknown>]));
    expect(byName.get("Northern Italy")).toMatchObject({
      website: "https://en.wikipedia.org/wiki/Northern_Italy",
      description: expect.stringMatching(/^Northern Italy \(Italian/),
    });
    expect(byName.get("Turin")).toMatchObject({ website: "http://www.comune.torino.it" });
    expect(byName.get("Group 2")).toEqual({});
  });

  it("ties every node drawn inside a group to the group, nested groups included", async () => {
    const { ties } = await read(path.join(YED, "yed_created_edges_deeper.graphml"));
    expect(ties.filter((t) => t.includes("drawn inside the group")).sort()).toEqual(
      [
        "Brescia -> Northern Italy: drawn inside the group Northern Italy",
        "Group 2 -> Northern Italy: drawn inside the group Northern Italy",
        "Savona -> Group 2: drawn inside the group Group 2",
        "Savona -> Northern Italy: drawn inside the group Northern Italy",
      ].sort(),
    );
  });

  it("turns edge descriptions and labels into the relation's note, keeps edge URLs and names what it could not keep", async () => {
    const deeper = await read(path.join(YED, "yed_created_edges_deeper.graphml"));
    expect(deeper.ties).toContain("Turin -> Ivrea: Length 54 km (34 mi)");
    expect(deeper.edgeUrls).toHaveLength(3);
    expect(deeper.edgeUrls.every((url) => /^https?:\/\//.test(url))).toBe(true);
    expect(deeper.skipped).toEqual({
      'graph attribute "Description" (not kept)': 1,
      'graphml-level data "resources" (not kept)': 1,
    });
    const app = await read(path.join(YED, "yed_modified_app_created.graphml"));
    expect(app.ties).toContain("a -> b: a->b — a-b edge");
  });
});

describe("Nodes a file gives no name", () => {
  it("stay apart across two files that both call a node n0", async () => {
    const basic = await read(path.join(GRAPHML, "basic.graphml"));
    const attributes = await read(path.join(GRAPHML, "attributes.graphml"));
    const shared = basic.entities.map((e) => e.id).filter((id) => attributes.entities.some((e) => e.id === id));
    expect(basic.entities.some((e) => e.name === "n0")).toBe(true);
    expect(attributes.entities.some((e) => e.name === "n0")).toBe(true);
    expect(shared).toEqual([]);
  });

  it("keep their attributes as the file types them, and name what is left out instead of an empty summary", async () => {
    const { entities, skipped } = await read(path.join(GRAPHML, "attributes.graphml"));
    const colours = new Map(entities.map((e) => [e.name, (e.properties as EntityAttributes).attributes?.color]));
    expect(colours.get("n0")).toEqual({ type: "string", value: "green" });
    expect(colours.get("n1")).toEqual({ type: "string", value: "yellow" });
    expect(skipped).toEqual({ 'graph attribute "mode" (not kept)': 1 });
  });
});
