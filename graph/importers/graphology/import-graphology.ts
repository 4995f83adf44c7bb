// Serialised graphology graphs ({attributes, options, nodes: [{key, attributes}], edges: [{source, target}]}),
// the JSON that graph.export() writes and sigma's datasets use. Each record is checked before graphology
// imports it, so a bad one is named (`edges[12]`, field `source`).
import Graph from "graphology";
import type { AbstractGraph, SerializedGraph } from "graphology-types";
import { z } from "zod";
import { zodProblems } from "../../seed/index.js";
import { GraphBuilder } from "../shared/graph-builder.js";
import { defaultGraphMapping, GraphMapping } from "../shared/graph-mapping.js";
import { graphFileRecords } from "../shared/graph-file-records.js";
import type { ReadGraph } from "../shared/read-graph.js";
import { readMappingFile } from "../shared/read-mapping-file.js";
import { readTextFile } from "../shared/read-text-file.js";

export const MAX_GRAPHOLOGY_FILE_BYTES = 256 * 1024 * 1024;

const Key = z.union([z.string().min(1), z.number()]).transform(String);
const Attributes = z.record(z.string(), z.unknown());
const SerializedNode = z.object({ key: Key, attributes: Attributes.optional() });
const SerializedEdge = z.object({
  key: Key.optional(),
  source: Key,
  target: Key,
  attributes: Attributes.optional(),
  undirected: z.boolean().optional(),
});
const SerializedOptions = z
  .object({
    type: z.enum(["mixed", "directed", "undirected"]).optional(),
    multi: z.boolean().optional(),
    allowSelfLoops: z.boolean().optional(),
  })
  .optional();

export async function readGraphologyGraph(path: string, mappingPath: string | undefined): Promise<ReadGraph> {
  const mapping = mappingPath ? await readMappingFile(mappingPath, GraphMapping) : defaultGraphMapping();
  const builder = new GraphBuilder(path);
  const serialized = checkSerializedGraph(await readTextFile(path, MAX_GRAPHOLOGY_FILE_BYTES), builder);
  builder.issues.throwIfAny(path, "Imported file");

  let graph: AbstractGraph;
  try {
    graph = Graph.from(serialized as SerializedGraph);
  } catch (error) {
    builder.problem({ record: "file", field: "", message: (error as Error).message });
    builder.issues.throwIfAny(path, "Imported file");
    throw error;
  }
  return graphFileRecords(graph, { path, builder, mapping, mappingGiven: mappingPath !== undefined });
}

/** The file as graphology's import expects it, or problems naming each bad record. */
export function checkSerializedGraph(text: string, builder: GraphBuilder): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    builder.problem({ record: "file", field: "", message: `invalid JSON: ${(error as Error).message}` });
    return undefined;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    builder.problem({
      record: "file",
      field: "",
      message: 'expected a serialised graphology graph: {"nodes": [...], "edges": [...]}',
    });
    return undefined;
  }
  const top = value as Record<string, unknown>;
  const options = SerializedOptions.safeParse(top.options);
  if (!options.success) {
    for (const p of zodProblems(options.error)) builder.problem({ record: "options", ...p });
  }
  const nodes: z.infer<typeof SerializedNode>[] = [];
  const keys = new Set<string>();
  recordsOf(top, "nodes", builder).forEach((raw, i) => {
    const parsed = SerializedNode.safeParse(raw);
    if (!parsed.success)
      return zodProblems(parsed.error).forEach((p) => builder.problem({ record: `nodes[${i}]`, ...p }));
    if (keys.has(parsed.data.key)) {
      builder.problem({
        record: `nodes[${i}]`,
        id: parsed.data.key,
        field: "key",
        message: "a node of this key came earlier",
      });
    }
    keys.add(parsed.data.key);
    nodes.push(parsed.data);
  });
  const edges: z.infer<typeof SerializedEdge>[] = [];
  const multi = options.data?.multi === true;
  const pairs = new Set<string>();
  recordsOf(top, "edges", builder).forEach((raw, i) => {
    const parsed = SerializedEdge.safeParse(raw);
    if (!parsed.success) {
      const hint = Array.isArray(raw)
        ? ' (a [source, target] pair; graphology expects {"source": ..., "target": ...})'
        : "";
      return zodProblems(parsed.error).forEach((p) =>
        builder.problem({ record: `edges[${i}]`, ...p, message: p.message + hint }),
      );
    }
    for (const end of ["source", "target"] as const) {
      if (!keys.has(parsed.data[end])) {
        builder.problem({ record: `edges[${i}]`, field: end, message: `no node "${parsed.data[end]}" in the file` });
      }
    }
    const { source, target } = parsed.data;
    const undirected = parsed.data.undirected === true || options.data?.type === "undirected";
    const pair = undirected ? [source, target].sort().join("\0-\0") : `${source}\0>\0${target}`;
    if (!multi && pairs.has(pair)) {
      builder.problem({
        record: `edges[${i}]`,
        field: "",
        message: "a second edge between these nodes; set options.multi: true to allow parallel edges",
      });
    }
    pairs.add(pair);
    edges.push(parsed.data);
  });
  return { attributes: top.attributes ?? {}, options: options.data ?? {}, nodes, edges };
}

function recordsOf(top: Record<string, unknown>, section: "nodes" | "edges", builder: GraphBuilder): unknown[] {
  const records = top[section];
  if (records === undefined && section === "edges") return [];
  if (Array.isArray(records)) return records;
  builder.problem({ record: "file", field: section, message: "expected an array" });
  return [];
}
