import { parse } from "csv-parse/sync";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import { sortGraph, type Graph, type GraphEdge, type GraphNode } from "../model/graph.js";
import { searchTextOf } from "../model/search-text.js";
import { restoreFormula } from "./csv-formula-guard.js";
import { CSV_EDGE_HEADER, CSV_NODE_HEADER, csvLine } from "./csv-writer.js";
import { exportGraph } from "./export-graph.js";
import { AWKWARD_NAMES, awkwardGraph, collect, seedGraph } from "./export-fixtures.test-support.js";
import { writeCsvFolder } from "./write-export.js";

type Row = Record<string, string>;

async function csvRows(graph: Graph, format: "csv-nodes" | "csv-edges", arrayDelimiter?: string) {
  const text = await collect(exportGraph(graph, format, { arrayDelimiter }).chunks);
  const rows = parse(text, { columns: true, relax_column_count: false }) as Row[];
  return { text, rows };
}

const list = (cell: string, delimiter = ";") => (cell === "" ? [] : cell.split(delimiter));

function nodesOf(rows: Row[], delimiter = ";"): GraphNode[] {
  return rows.map((row) => ({
    id: row["id:ID"]!,
    name: row.name!,
    kind: row.kind as GraphNode["kind"],
    aliases: list(row["aliases:string[]"]!, delimiter),
    properties: JSON.parse(row.properties!) as Record<string, unknown>,
  }));
}

function edgesOf(rows: Row[]): GraphEdge[] {
  const optional = (cell: string | undefined) => (cell === "" || cell === undefined ? undefined : cell);
  return rows.map((row) => {
    const start = optional(row.dateStart);
    const end = optional(row.dateEnd);
    const value = optional(row["amountValue:double"]);
    const qualifier = optional(row.amountQualifier);
    return {
      id: row.id!,
      source: row[":START_ID"]!,
      target: row[":END_ID"]!,
      type: row[":TYPE"] as GraphEdge["type"],
      stance: row.stance as GraphEdge["stance"],
      status: row.status as GraphEdge["status"],
      date: start === undefined ? null : { start, ...(end === undefined ? {} : { end }) },
      amount:
        value === undefined
          ? null
          : {
              value: Number(value),
              currency: row.amountCurrency!,
              ...(qualifier ? { qualifier: qualifier as "about" } : {}),
            },
      note: optional(row.note) ?? null,
      evidence: JSON.parse(row.evidence!) as GraphEdge["evidence"],
    };
  });
}

describe("CSV export for neo4j-admin import", () => {
  it("writes the admin-import headers", async () => {
    const graph = awkwardGraph();
    expect((await csvRows(graph, "csv-nodes")).text.split("\r\n")[0]).toBe(CSV_NODE_HEADER.join(","));
    expect((await csvRows(graph, "csv-edges")).text.split("\r\n")[0]).toBe(CSV_EDGE_HEADER.join(","));
    expect(CSV_NODE_HEADER.slice(0, 5)).toEqual(["id:ID", "name", ":LABEL", "kind", "aliases:string[]"]);
    expect(CSV_EDGE_HEADER.slice(0, 4)).toEqual([":START_ID", ":END_ID", ":TYPE", "id"]);
  });

  it("reads back as the same seed graph with csv-parse", async () => {
    const graph = await seedGraph();
    const nodes = await csvRows(graph, "csv-nodes");
    const edges = await csvRows(graph, "csv-edges");
    expect(sortGraph({ nodes: nodesOf(nodes.rows), edges: edgesOf(edges.rows) })).toEqual(sortGraph(graph));
    const vw = graph.nodes.find((n) => n.aliases.length > 1)!;
    const row = nodes.rows.find((r) => r["id:ID"] === vw.id)!;
    expect(row[":LABEL"]).toBe(`Entity;${vw.kind}`);
    expect(row.searchText).toBe(searchTextOf(vw));
    const cited = edges.rows[0]!;
    expect(list(cited["sources:string[]"]!)).toEqual(
      [...new Set(JSON.parse(cited.evidence!).map((e: { source: string }) => e.source))].sort(),
    );
  });

  it("quotes commas, quotes and line breaks (RFC 4180) so awkward names survive", async () => {
    const graph = awkwardGraph();
    const nodes = await csvRows(graph, "csv-nodes");
    const edges = await csvRows(graph, "csv-edges");
    expect(sortGraph({ nodes: nodesOf(nodes.rows), edges: edgesOf(edges.rows) })).toEqual(sortGraph(graph));
    expect(nodes.text).toContain(`"The ""Joint"" Cloud's 'Capability'"`);
    expect(nodes.rows.find((r) => r["id:ID"] === "place:spaces")!.name).toBe(AWKWARD_NAMES.spaces);
    expect(nodes.rows.find((r) => r["id:ID"] === "event:lines")!.name).toBe(AWKWARD_NAMES.lines);
  });

  it("refuses an alias that holds the array delimiter, naming the node, and takes another delimiter", async () => {
    const graph = awkwardGraph();
    graph.nodes[0] = { ...graph.nodes[0]!, aliases: ["A;B"] };
    expect(() => exportGraph(graph, "csv-nodes")).toThrow(InvalidInputError);
    expect(() => exportGraph(graph, "csv-nodes")).toThrow(
      /node org:quotes, aliases: "A;B" contains the array delimiter/,
    );
    const { rows } = await csvRows(graph, "csv-nodes", "|");
    expect(nodesOf(rows, "|").find((n) => n.id === "org:quotes")!.aliases).toEqual(["A;B"]);
    expect(() => exportGraph(graph, "csv-nodes", { arrayDelimiter: "a" })).toThrow(/arrayDelimiter/);
  });

  it("writes nodes.csv and edges.csv into a folder", async () => {
    const dir = await mkdtemp(join(tmpdir(), "csv-export-"));
    try {
      const files = await writeCsvFolder(await seedGraph(), join(dir, "out"));
      const nodes = parse(await readFile(files.nodes, "utf8"), { columns: true }) as Row[];
      const edges = parse(await readFile(files.edges, "utf8"), { columns: true }) as Row[];
      expect(files.nodes.endsWith("nodes.csv") && files.edges.endsWith("edges.csv")).toBe(true);
      const graph = await seedGraph();
      expect(nodes).toHaveLength(graph.nodes.length);
      expect(edges).toHaveLength(graph.edges.length);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

/** Values a spreadsheet would run as formulas (OWASP's list of leading characters), and the quote that escapes them. */
const FORMULAS = ['=HYPERLINK("http://x","y")', "+1", "-2+3", "@SUM(A1)", "\t=1", "'=already quoted", "\r=2"];

function formulaGraph(): Graph {
  const graph = awkwardGraph();
  graph.nodes = graph.nodes.map((node, i) => ({
    ...node,
    name: FORMULAS[i % FORMULAS.length]!,
    aliases: [...FORMULAS.slice(i), ...FORMULAS.slice(0, i)],
  }));
  graph.edges = graph.edges.map((edge, i) => ({
    ...edge,
    note: FORMULAS[i % FORMULAS.length]!,
    evidence: edge.evidence.map((item) => ({ ...item, summary: "=1+1" })),
  }));
  return graph;
}

const restored = (rows: Row[]): Row[] =>
  rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, cell]) => [key, restoreFormula(cell)])));

describe("CSV export against spreadsheet formulas", () => {
  it("starts no cell with = + - @, a tab or a carriage return: each gets a leading quote and is quoted", async () => {
    const graph = formulaGraph();
    for (const format of ["csv-nodes", "csv-edges"] as const) {
      const { rows } = await csvRows(graph, format);
      for (const cell of rows.flatMap((row) => Object.values(row))) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    const { text } = await csvRows(graph, "csv-nodes");
    expect(text).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(text).toContain(`"'+1"`);
    expect(text).toContain(`"'@SUM(A1)"`);
    expect(text).toContain(`"'\t=1"`);
    expect(text).toContain(`"''=already quoted"`);
    expect(csvLine(["-2+3", "@x", "\r=2", "plain", "it's"])).toBe(`"'-2+3","'@x","'\r=2",plain,it's\r\n`);
  });

  it("writes numbers as numbers: a negative amount stays -5, while the text -5 is escaped", () => {
    expect(csvLine([-5, "-5", 1234.5, 0])).toBe(`-5,"'-5",1234.5,0\r\n`);
  });

  it("reads back as the same graph once the one added quote is taken off", async () => {
    const graph = formulaGraph();
    const nodes = await csvRows(graph, "csv-nodes");
    const edges = await csvRows(graph, "csv-edges");
    const back = { nodes: nodesOf(restored(nodes.rows)), edges: edgesOf(restored(edges.rows)) };
    expect(sortGraph(back)).toEqual(sortGraph(graph));
    expect(nodes.rows.map((row) => restoreFormula(row.name!))).toContain("'=already quoted");
  });
});
