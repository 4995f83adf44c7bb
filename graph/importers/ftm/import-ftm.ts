// FollowTheMoney JSON-lines files (.ijson, .jsonl, .ftm.json) into a validated seed graph. An optional
// mapping file sets the source's title, language and date, and the status the relations get.
import { basename } from "node:path";
import { z } from "zod";
import { RelationStatus } from "../../model/vocabulary.js";
import { GraphBuilder } from "../shared/graph-builder.js";
import type { ReadGraph } from "../shared/read-graph.js";
import { readMappingFile } from "../shared/read-mapping-file.js";
import { fileDigestOf, SourceInfo, sourceRecordOf } from "../shared/source-entity.js";
import { addFtmRecords } from "./ftm-to-records.js";
import { readFtmLines } from "./read-ftm-lines.js";

export const FtmMapping = z
  .object({
    source: SourceInfo.optional(),
    /** FtM data states what its source says; "reported" unless you know it is confirmed. */
    status: RelationStatus.default("reported"),
  })
  .strict();

export async function readFtmGraph(path: string, mappingPath: string | undefined): Promise<ReadGraph> {
  const mapping = mappingPath ? await readMappingFile(mappingPath, FtmMapping) : FtmMapping.parse({});
  const builder = new GraphBuilder(path);
  const entities = await readFtmLines(path, builder);
  const source = sourceRecordOf(path, await fileDigestOf(path), mapping.source);
  builder.addEntity(source, { file: path, index: 0, label: "file" });
  addFtmRecords(entities, { builder, sourceId: source.id, fileName: basename(path), status: mapping.status });
  return {
    graph: builder.build(),
    sourceId: source.id,
    records: entities.size,
    skipped: builder.skippedSummary(),
    readAs: builder.readAsSummary(),
  };
}
