import path from "node:path";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../errors.js";
import { fixtureDir } from "../../../test/fixtures/fixture-dir.js";
import { edgeDirectionsIn } from "../shared/edge-direction-oracle.test-support.js";
import { graphologyCounts } from "../shared/graphology-oracle.js";
import { readGexfGraph } from "./import-gexf.js";

const DIR = fixtureDir("gexf");
const VALID = [
  "les_miserables",
  "celegans",
  "rio",
  "case",
  "data",
  "edge_data",
  "mixed",
  "v1_3",
  "minimal",
  "pedantic",
];

describe("GEXF import", () => {
  it.each(["celegans", "mixed", "les_miserables"])(
    "keeps each edge of %s.gexf as directed or undirected as the file declares it",
    async (name) => {
      const file = path.join(DIR, `${name}.gexf`);
      const expected = edgeDirectionsIn(file, "gexf");
      const { graph } = await readGexfGraph(file, undefined);
      const undirected = graph.relations.filter((r) => r.directed === false).length;
      expect({ directed: graph.relations.length - undirected, undirected }).toEqual(expected);
    },
  );

  it("keeps the ends of an undirected edge in file order", async () => {
    const { graph } = await readGexfGraph(path.join(DIR, "mixed.gexf"), undefined);
    const undirected = graph.relations.filter((r) => r.directed === false);
    expect(undirected).toHaveLength(1);
    expect(undirected[0]?.evidence[0]?.paragraph).toBe(3);
  });

  it.each(VALID)("reads %s.gexf with graphology's node and edge counts (self-loops left out)", async (name) => {
    const file = path.join(DIR, `${name}.gexf`);
    const expected = graphologyCounts(file);
    const { graph, skipped } = await readGexfGraph(file, undefined);
    expect(graph.entities.filter((e) => e.kind !== "Source")).toHaveLength(expected.nodes);
    expect(graph.relations).toHaveLength(expected.edges - expected.selfLoops);
    expect(skipped["relations whose two ends are the same entity"] ?? 0).toBe(expected.selfLoops);
  });

  it("names entities by label, as Organizations tied by neutral RELATED_TO relations, citing the edge number", async () => {
    const { graph, sourceId } = await readGexfGraph(path.join(DIR, "les_miserables.gexf"), undefined);
    expect(graph.entities.find((e) => e.name === "Myriel")).toMatchObject({
      id: `org:myriel.${sourceId?.slice(4)}`,
      kind: "Organization",
    });
    const [first] = graph.relations;
    expect(first).toMatchObject({ type: "RELATED_TO", stance: "neutral", status: "reported" });
    expect(first?.evidence[0]).toMatchObject({ source: sourceId, paragraph: 1 });
    expect(graph.relations.at(-1)?.evidence[0]?.paragraph).toBe(254);
  });

  it("takes the source's date from the file's lastmodifieddate", async () => {
    const { graph, sourceId } = await readGexfGraph(path.join(DIR, "mixed.gexf"), undefined);
    expect(graph.entities.find((e) => e.id === sourceId)?.properties).toMatchObject({ published: "2009-03-20" });
  });

  it("gives nodes that share a label distinct ids made with their keys", async () => {
    // rio.gexf has two nodes labelled http://therightsofnature.org.
    const { graph } = await readGexfGraph(path.join(DIR, "rio.gexf"), undefined);
    const ids = graph.entities.filter((e) => e.name === "http://therightsofnature.org").map((e) => e.id);
    expect(ids).toHaveLength(2);
    expect(new Set(ids).size).toBe(2);
  });

  it("refuses edges to missing nodes, naming each edge and end", async () => {
    const error = await readGexfGraph(path.join(DIR, "missing_nodes.gexf"), undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).details.errors).toEqual([
      expect.objectContaining({
        record: 'edge 1 ("1")',
        field: "source",
        message: 'no node "2" in the file',
        line: 13,
      }),
      expect.objectContaining({ record: 'edge 3 ("2")', field: "source" }),
      expect.objectContaining({ record: 'edge 3 ("2")', field: "target", message: 'no node "4" in the file' }),
      expect.objectContaining({ record: 'edge 4 ("3")', field: "source" }),
      expect.objectContaining({ record: 'edge 4 ("3")', field: "target" }),
    ]);
  });

  it("refuses attributes the file does not declare, naming the node or edge", async () => {
    const error = await readGexfGraph(path.join(DIR, "undeclared_attribute.gexf"), undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).message).toContain("undeclared_attribute.gexf");
    expect((error as InvalidInputError).details.errors).toEqual([
      expect.objectContaining({ record: 'node "0"', field: "attvalues.url" }),
      expect.objectContaining({ record: 'node "1"', field: "attvalues.url" }),
      expect.objectContaining({ record: "edge 1", field: "attvalues.count" }),
    ]);
  });
});
