// Writes an export to a Node stream or to files, chunk by chunk with backpressure: the CLI's
// `export` command and anything else that needs a file on disk rather than an HTTP body.
import { createWriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import { Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Graph } from "../model/graph.js";
import { exportGraph, type ExportFormat, type ExportOptions } from "./export-graph.js";

/** A Readable of the chunks (UTF-8 text), e.g. for `reply.send()` in Fastify. */
export function exportReadable(chunks: AsyncIterable<string>): Readable {
  return Readable.from(chunks, { objectMode: false, encoding: "utf8" });
}

/** Pipes the chunks into the stream and ends it; rejects if either side fails. */
export async function writeExportTo(chunks: AsyncIterable<string>, destination: Writable): Promise<void> {
  await pipeline(exportReadable(chunks), destination);
}

export async function writeExportFile(graph: Graph, format: ExportFormat, path: string, options: ExportOptions = {}) {
  const exported = exportGraph(graph, format, options);
  await writeExportTo(exported.chunks, createWriteStream(path));
}

/** nodes.csv and edges.csv side by side, ready for `neo4j-admin database import full`. */
export async function writeCsvFolder(graph: Graph, dir: string, options: ExportOptions = {}) {
  // Both are built (and so checked) before either file is opened.
  const nodes = exportGraph(graph, "csv-nodes", options);
  const edges = exportGraph(graph, "csv-edges", options);
  await mkdir(dir, { recursive: true });
  const files = { nodes: join(dir, nodes.fileName), edges: join(dir, edges.fileName) };
  await writeExportTo(nodes.chunks, createWriteStream(files.nodes));
  await writeExportTo(edges.chunks, createWriteStream(files.edges));
  return files;
}
