// The common path of the XML graph formats: parse strictly, check what graphology's parser would only
// report vaguely (naming the node or edge and its line), let graphology read the graph, map it.
import type { Document } from "@xmldom/xmldom";
import Graph from "graphology";
import type { AbstractGraph, GraphConstructor } from "graphology-types";
import { GraphBuilder } from "./graph-builder.js";
import { defaultGraphMapping, GraphMapping } from "./graph-mapping.js";
import { graphFileRecords } from "./graph-file-records.js";
import type { FileMarkup, FileTimes } from "./graph-to-records.js";
import type { ReadGraph } from "./read-graph.js";
import { readMappingFile } from "./read-mapping-file.js";
import { readTextFile } from "./read-text-file.js";
import type { DeclaredTypes } from "./typed-attributes.js";
import { MAX_XML_FILE_BYTES, parseXmlDocument } from "./xml-document.js";

export interface XmlGraphFormat {
  /** Adds a problem for every node or edge graphology would refuse or misread. */
  check(document: Document, builder: GraphBuilder): void;
  /** Takes out of the document what the format says beyond plain data (yEd labels, groups), keeping it. */
  takeMarkup?(document: Document): FileMarkup;
  /** When nodes and edges exist (GEXF dynamics), which graphology does not read. */
  readTimes?(document: Document, mapping: GraphMapping): FileTimes;
  parse(Graph: GraphConstructor, document: Document): AbstractGraph;
  /** The type the file declares for each node and edge attribute, as graphology names them. */
  declaredTypes?(document: Document): DeclaredTypes;
  /** A publication date the file carries, if any. */
  dateOf?(graph: AbstractGraph): string | undefined;
}

export async function readXmlGraph(
  path: string,
  mappingPath: string | undefined,
  format: XmlGraphFormat,
): Promise<ReadGraph> {
  const mapping = mappingPath ? await readMappingFile(mappingPath, GraphMapping) : defaultGraphMapping();
  const document = parseXmlDocument(await readTextFile(path, MAX_XML_FILE_BYTES), path);
  const builder = new GraphBuilder(path);
  format.check(document, builder);
  builder.issues.throwIfAny(path, "Imported file");

  const markup = format.takeMarkup?.(document);
  const times = format.readTimes?.(document, mapping);
  let graph: AbstractGraph;
  try {
    graph = format.parse(Graph as unknown as GraphConstructor, document);
  } catch (error) {
    const message = (error as Error).message.replace(/^graphology-\w+\/parser: /, "");
    builder.problem({ record: "file", field: "", message });
    builder.issues.throwIfAny(path, "Imported file");
    throw error;
  }
  return graphFileRecords(graph, {
    path,
    builder,
    mapping,
    mappingGiven: mappingPath !== undefined,
    markup,
    times,
    declaredTypes: format.declaredTypes?.(document),
    date: format.dateOf?.(graph),
  });
}
