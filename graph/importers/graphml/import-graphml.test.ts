import path from "node:path";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../errors.js";
import { fixtureDir } from "../../../test/fixtures/fixture-dir.js";
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
