// The one entry point the server (GET /api/export) and the CLI use: a graph, a format and options in;
// the file's content type, name and a stream of text chunks out. Input is checked before the first chunk.
import { z } from "zod";
import { InvalidInputError } from "../errors.js";
import type { Graph } from "../model/graph.js";
import { checkExportGraph } from "./check-graph.js";
import { chunksOf, DEFAULT_CHUNK_CHARS } from "./chunks.js";
import { checkCsvExport, csvEdgePieces, csvNodePieces } from "./csv-writer.js";
import { checkCypherBatchSize, cypherPieces } from "./cypher-writer.js";
import { gexfPieces } from "./gexf-writer.js";
import { graphmlPieces } from "./graphml-writer.js";
import { graphologyPieces } from "./graphology-writer.js";
import { checkLayout, type ExportLayout } from "./layout.js";

export const EXPORT_FORMATS = ["gexf", "graphml", "graphology", "csv-nodes", "csv-edges", "cypher"] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

export interface ExportFormatInfo {
  contentType: string;
  /** Without the dot; `cypher.jsonl` for the Cypher script. */
  extension: string;
  /** A file name to offer for download. */
  fileName: string;
  description: string;
}

export const EXPORT_FORMAT_INFO: Record<ExportFormat, ExportFormatInfo> = {
  gexf: {
    contentType: "application/gexf+xml; charset=utf-8",
    extension: "gexf",
    fileName: "graph.gexf",
    description: "GEXF 1.3 for Gephi, with attributes and layout",
  },
  graphml: {
    contentType: "application/graphml+xml; charset=utf-8",
    extension: "graphml",
    fileName: "graph.graphml",
    description: "GraphML for yEd, Cytoscape and NetworkX",
  },
  graphology: {
    contentType: "application/json; charset=utf-8",
    extension: "json",
    fileName: "graph.graphology.json",
    description: "graphology's serialised graph (Graph.from, sigma)",
  },
  "csv-nodes": {
    contentType: "text/csv; charset=utf-8; header=present",
    extension: "csv",
    fileName: "nodes.csv",
    description: "nodes for neo4j-admin database import",
  },
  "csv-edges": {
    contentType: "text/csv; charset=utf-8; header=present",
    extension: "csv",
    fileName: "edges.csv",
    description: "relationships for neo4j-admin database import",
  },
  cypher: {
    contentType: "application/x-ndjson; charset=utf-8",
    extension: "cypher.jsonl",
    fileName: "graph.cypher.jsonl",
    description: "parameterised Cypher statements, one JSON line each, to recreate the graph in Neo4j",
  },
};

export interface ExportOptions {
  /** Positions and colours from the user's canvas (GEXF, GraphML, graphology). */
  layout?: ExportLayout;
  /** A line on what the graph is, written into the file where the format has a place for it. */
  description?: string;
  /** GEXF's lastmodifieddate, YYYY-MM-DD; today by default. */
  date?: string;
  /** CSV list delimiter (neo4j-admin --array-delimiter), default `;`. */
  arrayDelimiter?: string;
  /** Rows per Cypher statement, default 500. */
  batchSize?: number;
  /** About how many characters each chunk holds; default 16 Ki. */
  chunkChars?: number;
}

export interface GraphExport extends ExportFormatInfo {
  format: ExportFormat;
  /** The file's text, in chunks of about `chunkChars`; iterate once. */
  chunks: AsyncIterable<string>;
}

export function parseExportFormat(value: unknown, parameter = "format"): ExportFormat {
  const parsed = ExportFormat.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new InvalidInputError(
    `${parameter}: expected one of ${EXPORT_FORMATS.join(", ")}, not ${JSON.stringify(value)}`,
    {
      parameter,
      allowed: [...EXPORT_FORMATS],
    },
  );
}

export function exportGraph(graph: Graph, format: ExportFormat | string, options: ExportOptions = {}): GraphExport {
  const checkedFormat = parseExportFormat(format);
  const checked = checkExportGraph(graph);
  const pieces = piecesOf(checked, checkedFormat, options);
  return {
    format: checkedFormat,
    ...EXPORT_FORMAT_INFO[checkedFormat],
    chunks: chunksOf(pieces, options.chunkChars ?? DEFAULT_CHUNK_CHARS),
  };
}

function piecesOf(graph: Graph, format: ExportFormat, options: ExportOptions): Iterable<string> {
  const description = options.description;
  switch (format) {
    case "gexf":
      return gexfPieces(graph, { layout: checkLayout(options.layout), description, date: checkedDate(options.date) });
    case "graphml":
      return graphmlPieces(graph, { layout: checkLayout(options.layout), description });
    case "graphology":
      return graphologyPieces(graph, { layout: checkLayout(options.layout), description });
    case "csv-nodes":
      return csvNodePieces(graph, checkCsvExport(graph, options));
    case "csv-edges":
      return csvEdgePieces(graph, checkCsvExport(graph, options));
    case "cypher":
      return cypherPieces(graph, checkCypherBatchSize(options));
  }
}

function checkedDate(date: string | undefined): string {
  if (date === undefined) return new Date().toISOString().slice(0, 10);
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return date;
  throw new InvalidInputError(`date must be YYYY-MM-DD, not "${date}"`, { parameter: "date" });
}
