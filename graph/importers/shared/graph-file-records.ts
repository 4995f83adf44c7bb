// The last step of every graph-file reader (GEXF, GraphML, graphology JSON): a file our export wrote
// comes back as its own records; any other file becomes a Source and its nodes and edges are mapped.
import type { AbstractGraph } from "graphology-types";
import { basename } from "node:path";
import type { EntityDraft, GraphBuilder, RelationDraft } from "./graph-builder.js";
import type { GraphMapping } from "./graph-mapping.js";
import { addGraphRecords, type FileMarkup, type FileTimes } from "./graph-to-records.js";
import { ownExportRecords } from "./own-export.js";
import type { ReadGraph } from "./read-graph.js";
import { fileDigestOf, sourceRecordOf } from "./source-entity.js";
import type { DeclaredTypes } from "./typed-attributes.js";

export interface GraphFileContext {
  path: string;
  builder: GraphBuilder;
  mapping: GraphMapping;
  /** A mapping the caller gave: the file is then read through it, even if our export wrote it. */
  mappingGiven: boolean;
  markup?: FileMarkup;
  times?: FileTimes;
  declaredTypes?: DeclaredTypes;
  /** A publication date the file carries. */
  date?: string;
}

export async function graphFileRecords(graph: AbstractGraph, context: GraphFileContext): Promise<ReadGraph> {
  const { path, builder, mapping } = context;
  const records = graph.order + graph.size;
  // A mapping that says ids are global still lets our own export come back as its own records.
  const own = context.mappingGiven && mapping.ids !== "global" ? undefined : ownExportRecords(graph);
  if (own) {
    own.entities.forEach(({ key, record }, index) =>
      builder.addEntity(record as unknown as EntityDraft, { file: path, index, label: `node "${key}"` }),
    );
    own.relations.forEach(({ key, record }, index) =>
      builder.addRelation(record as unknown as RelationDraft, { file: path, index, label: `edge "${key}"` }),
    );
    return { graph: builder.build(), sourceId: null, records, skipped: builder.skippedSummary(), ownExport: true };
  }
  const source = sourceRecordOf(path, await fileDigestOf(path), mapping.source, context.date);
  builder.addEntity(source, { file: path, index: 0, label: "file" });
  addGraphRecords(graph, {
    builder,
    mapping,
    sourceId: source.id,
    fileName: basename(path),
    markup: context.markup,
    times: context.times,
    declaredTypes: context.declaredTypes,
  });
  return {
    graph: builder.build(),
    sourceId: source.id,
    records,
    skipped: builder.skippedSummary(),
    readAs: builder.readAsSummary(),
  };
}
