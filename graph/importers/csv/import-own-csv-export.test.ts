// Our own CSV export imports back unchanged although it escapes formulas for spreadsheets: the importer
// recognises the export by its header and takes off exactly the quote the export added.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCsvFolder } from "../../export/write-export.js";
import type { Graph, GraphEdge, GraphNode } from "../../model/graph.js";
import { readCsvGraph } from "./import-csv.js";

const FORMULAS = ['=HYPERLINK("http://x","y")', "+1", "-2+3", "@SUM(A1)", "'=already quoted", "'plain quote"];

const NODES_MAPPING = `entities:
  node: { kind: Organization, id: "id:ID", name: name, aliases: ["aliases:string[]"] }
`;
const EDGES_MAPPING = `entities:
  from: { kind: Organization, name: ":START_ID" }
  to: { kind: Organization, name: ":END_ID" }
relations:
  - { type: COMPETES_WITH, from: from, to: to, note: note }
`;

function formulaGraph(): Graph {
  const nodes: GraphNode[] = FORMULAS.map((name, i) => ({
    id: `org:formula-${i}`,
    kind: "Organization",
    name,
    aliases: [FORMULAS[(i + 1) % FORMULAS.length]!],
    properties: {},
  }));
  const edges: GraphEdge[] = FORMULAS.map((note, i) => ({
    id: `rel:formula-${i}`,
    source: `org:formula-${i}`,
    target: `org:formula-${(i + 1) % FORMULAS.length}`,
    type: "COMPETES_WITH",
    stance: "rivalry",
    status: "reported",
    date: null,
    amount: null,
    note,
    evidence: [{ source: "src:formulas", paragraph: 1, summary: "=1+1" }],
  }));
  const source: GraphNode = { id: "src:formulas", kind: "Source", name: "Formulas", aliases: [], properties: {} };
  return { nodes: [...nodes, source], edges };
}

let dir: string;
let files: { nodes: string; edges: string };
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "csv-own-export-"));
  files = await writeCsvFolder(formulaGraph(), join(dir, "export"));
  await writeFile(join(dir, "nodes.mapping.yaml"), NODES_MAPPING);
  await writeFile(join(dir, "edges.mapping.yaml"), EDGES_MAPPING);
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("importing our own CSV export", () => {
  it("gives back names and aliases that start like formulas, without the added quote", async () => {
    const { graph } = await readCsvGraph(files.nodes, join(dir, "nodes.mapping.yaml"));
    const organizations = graph.entities.filter((e) => e.kind === "Organization");
    // The mapping makes an Organization of every row, the Source node's too.
    expect(organizations.map((e) => e.name).sort()).toEqual([...FORMULAS, "Formulas"].sort());
    expect(organizations.flatMap((e) => e.aliases).sort()).toEqual([...FORMULAS].sort());
  });

  it("gives back notes that start like formulas", async () => {
    const { graph } = await readCsvGraph(files.edges, join(dir, "edges.mapping.yaml"));
    expect(graph.relations.map((r) => r.note).sort()).toEqual([...FORMULAS].sort());
  });

  it("keeps a leading quote in a CSV file that is not our export", async () => {
    const other = join(dir, "other.csv");
    await writeFile(other, `id:ID,name,aliases:string[]\r\nx,"'=1",\r\n`);
    const { graph } = await readCsvGraph(other, join(dir, "nodes.mapping.yaml"));
    expect(graph.entities.find((e) => e.kind === "Organization")?.name).toBe("'=1");
  });
});
