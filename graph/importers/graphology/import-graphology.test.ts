import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fixtureDir } from "../../../test/fixtures/fixture-dir.js";
import { InvalidInputError } from "../../errors.js";
import { parseMapping } from "../shared/read-mapping-file.js";
import { graphologyCounts } from "../shared/graphology-oracle.js";
import { GraphMapping } from "../shared/graph-mapping.js";
import { readGraphologyGraph } from "./import-graphology.js";

const GRAPHOLOGY_JSON = fixtureDir("graphology-json");
const FILES = ["rio.json", "celegans.json", "les-miserables.graphology.json"].map((name) =>
  path.join(GRAPHOLOGY_JSON, name),
);

function tempFile(name: string, text: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), "graphology-")), name);
  writeFileSync(file, text);
  return file;
}

describe("graphology JSON import", () => {
  it.each(FILES)("reads %s with graphology's node and edge counts (self-loops left out)", async (file) => {
    const expected = graphologyCounts(file);
    const { graph } = await readGraphologyGraph(file, undefined);
    expect(graph.entities.filter((e) => e.kind !== "Source")).toHaveLength(expected.nodes);
    expect(graph.relations).toHaveLength(expected.edges - expected.selfLoops);
  });

  it("maps a node attribute to kinds and an edge attribute to relation types", async () => {
    const file = tempFile(
      "deal.json",
      JSON.stringify({
        nodes: [
          { key: "a", attributes: { label: "Acme Corp", type: "company" } },
          { key: "b", attributes: { label: "Jane Roe", type: "Person" } },
          { key: "c", attributes: { label: "Globex" } },
        ],
        options: { type: "directed", multi: true },
        edges: [
          { source: "b", target: "a", attributes: { relation: "works for" } },
          { source: "a", target: "c", attributes: { relation: "rival" } },
          { source: "a", target: "c" },
        ],
      }),
    );
    const mapping = tempFile(
      "deal.mapping.yaml",
      "kindAttribute: type\nkinds: { company: Organization }\ntypeAttribute: relation\ntypes: { rival: COMPETES_WITH }\n",
    );
    const { graph, sourceId } = await readGraphologyGraph(file, mapping);
    const scoped = (id: string) => `${id}.${sourceId?.slice(4)}`;
    expect(graph.entities.map((e) => e.id).sort()).toEqual(
      expect.arrayContaining([scoped("org:acme-corp"), scoped("person:jane-roe"), scoped("org:globex")]),
    );
    expect(graph.relations.map((r) => [r.from, r.type, r.to, r.stance])).toEqual([
      [scoped("person:jane-roe"), "WORKS_FOR", scoped("org:acme-corp"), "neutral"],
      [scoped("org:acme-corp"), "COMPETES_WITH", scoped("org:globex"), "rivalry"],
      [scoped("org:acme-corp"), "RELATED_TO", scoped("org:globex"), "neutral"],
    ]);
  });

  it("refuses a kind the mapping does not know, naming the node and attribute", async () => {
    const file = tempFile(
      "k.json",
      JSON.stringify({ nodes: [{ key: "a", attributes: { type: "vessel" } }], edges: [] }),
    );
    const mapping = tempFile("k.mapping.json", JSON.stringify({ kindAttribute: "type" }));
    const error = await readGraphologyGraph(file, mapping).catch((e: unknown) => e);
    expect((error as InvalidInputError).details.errors).toEqual([
      expect.objectContaining({
        record: 'node "a"',
        field: "type",
        message: expect.stringContaining('"vessel" is not a kind'),
      }),
    ]);
  });

  it("refuses sigma's demo dataset, whose edges are [source, target] pairs, naming the records", async () => {
    const error = await readGraphologyGraph(path.join(GRAPHOLOGY_JSON, "sigma-demo-dataset.json"), undefined).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).details.errors).toContainEqual(
      expect.objectContaining({ record: "edges[0]", message: expect.stringContaining("[source, target] pair") }),
    );
  });

  it("refuses edges to missing nodes, duplicate node keys and parallel edges in a simple graph", async () => {
    const file = tempFile(
      "bad.json",
      JSON.stringify({
        nodes: [{ key: "a" }, { key: "a" }, { key: 3 }],
        edges: [
          { source: "a", target: "9" },
          { source: "a", target: 3 },
          { source: "a", target: "3" },
        ],
      }),
    );
    const error = await readGraphologyGraph(file, undefined).catch((e: unknown) => e);
    expect((error as InvalidInputError).details.errors).toEqual([
      expect.objectContaining({ record: "nodes[1]", field: "key" }),
      expect.objectContaining({ record: "edges[0]", field: "target", message: 'no node "9" in the file' }),
      expect.objectContaining({ record: "edges[2]", field: "", message: expect.stringContaining("options.multi") }),
    ]);
  });

  it("refuses a mapping with an unknown option, naming it", () => {
    expect(() => parseMapping('{"kindAtribute": "type"}', "m.json", GraphMapping)).toThrow(
      /m\.json: mapping: field "kindAtribute": unknown field/,
    );
  });
});
