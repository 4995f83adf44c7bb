import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../errors.js";
import { fixtureDir } from "../../../test/fixtures/fixture-dir.js";
import { edgeDirectionsIn } from "../shared/edge-direction-oracle.test-support.js";
import { graphologyCounts } from "../shared/graphology-oracle.js";
import { readGraphmlGraph } from "./import-graphml.js";

const DIR = fixtureDir("graphml");

describe("GraphML import", () => {
  it.each(["miserables", "basic", "attributes", "multigraph", "mixed_multigraph"])(
    "reads %s.graphml with graphology's node and edge counts",
    async (name) => {
      const file = path.join(DIR, `${name}.graphml`);
      const expected = graphologyCounts(file);
      const { graph } = await readGraphmlGraph(file, undefined);
      expect(graph.entities.filter((e) => e.kind !== "Source")).toHaveLength(expected.nodes);
      expect(graph.relations).toHaveLength(expected.edges - expected.selfLoops);
    },
  );

  it.each(["basic", "mixed_multigraph", "miserables"])(
    "keeps each edge of %s.graphml as directed or undirected as the file declares it",
    async (name) => {
      const file = path.join(DIR, `${name}.graphml`);
      const expected = edgeDirectionsIn(file, "graphml");
      const { graph } = await readGraphmlGraph(file, undefined);
      const undirected = graph.relations.filter((r) => r.directed === false).length;
      expect({ directed: graph.relations.length - undirected, undirected }).toEqual(expected);
    },
  );

  it('reads an edge marked directed="false" in a directed graph as undirected, which graphology alone does not', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "graphml-directions-")), "ties.graphml");
    writeFileSync(
      file,
      `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <graph id="G" edgedefault="directed">
    <node id="a"/><node id="b"/><node id="c"/>
    <edge source="a" target="b"/>
    <edge source="b" target="c" directed="false"/>
    <edge source="c" target="a" directed="true"/>
  </graph>
</graphml>
`,
    );
    expect(edgeDirectionsIn(file, "graphml")).toEqual({ directed: 2, undirected: 1 });
    const { graph } = await readGraphmlGraph(file, undefined);
    expect(graph.relations.map((r) => [r.evidence[0]?.paragraph, r.directed])).toEqual([
      [1, undefined],
      [2, false],
      [3, undefined],
    ]);
  });

  it("keeps parallel edges of a multigraph as distinct relations", async () => {
    const { graph } = await readGraphmlGraph(path.join(DIR, "multigraph.graphml"), undefined);
    const ids = graph.relations.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.some((id) => id.endsWith("|2"))).toBe(true);
  });

  it("refuses data under keys the file never declares, though graphology would read it", async () => {
    // miserables_broken.graphml lacks the <key> declarations of "label" and "modularity_class".
    expect(graphologyCounts(path.join(DIR, "miserables_broken.graphml")).nodes).toBe(77);
    const error = await readGraphmlGraph(path.join(DIR, "miserables_broken.graphml"), undefined).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).details.errors).toContainEqual(
      expect.objectContaining({
        record: 'node "11"',
        field: "data.label",
        message: 'no <key id="label"> declares this data',
      }),
    );
  });

  it("refuses edges to missing nodes, naming the edge and line", async () => {
    const error = await readGraphmlGraph(path.join(DIR, "missing_nodes.graphml"), undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).details.errors).toContainEqual(
      expect.objectContaining({
        record: "edge 1",
        field: "target",
        message: 'no node "9306289" in the file',
        line: 20,
      }),
    );
  });

  it("refuses a file that is not well-formed XML, with its line", async () => {
    const { writeFileSync, mkdtempSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const file = path.join(mkdtempSync(path.join(tmpdir(), "graphml-")), "cut.graphml");
    writeFileSync(file, '<?xml version="1.0"?>\n<graphml>\n<graph>\n<node id="a">\n</graph>\n');
    const error = await readGraphmlGraph(file, undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).message).toMatch(/cut\.graphml: line \d+, column \d+: not well-formed XML/);
  });
});
