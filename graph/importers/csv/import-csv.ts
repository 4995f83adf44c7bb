// Reads a CSV file through its mapping into a validated seed graph: the mapping is checked against the
// header first, then every row is mapped, and the whole graph goes through the seed loader's checks.
import { basename } from "node:path";
import { InvalidInputError } from "../../errors.js";
import { restoreFormula } from "../../export/csv-formula-guard.js";
import { isOwnCsvExport } from "../../export/csv-writer.js";
import { GraphBuilder } from "../shared/graph-builder.js";
import type { ReadGraph } from "../shared/read-graph.js";
import { readMappingFile } from "../shared/read-mapping-file.js";
import { fileDigestOf, sourceRecordOf } from "../shared/source-entity.js";
import { checkCsvMapping } from "./check-csv-mapping.js";
import { CsvMapping } from "./csv-mapping.js";
import { CsvRowMapper } from "./map-csv-row.js";
import { readCsvRows } from "./read-csv-rows.js";
import { RowBuffer, type SkippedRow } from "./row-buffer.js";

export interface CsvReadOptions {
  /** `skip`: a row with a problem is left out whole and listed in `skippedRows`; `refuse` (default): the file is. */
  onError?: "refuse" | "skip";
}

export async function readCsvGraph(
  path: string,
  mappingPath: string | undefined,
  options: CsvReadOptions = {},
): Promise<ReadGraph & { sourceId: string }> {
  if (mappingPath === undefined) {
    throw new InvalidInputError(
      `${path}: a CSV file needs a mapping file (YAML or JSON) saying which columns make which entities`,
      {
        parameter: "mapping",
      },
    );
  }
  const mapping = await readMappingFile(mappingPath, CsvMapping);
  const source = sourceRecordOf(path, await fileDigestOf(path), mapping.source);
  const builder = new GraphBuilder(path);
  builder.addEntity(source, { file: path, index: 0, label: "file" });

  const row = new RowBuffer(builder);
  const skippedRows: SkippedRow[] = [];
  let mapper: CsvRowMapper | undefined;
  let ownExport = false;
  let rows = 0;
  for await (const item of readCsvRows(path, path, mapping.delimiter)) {
    if ("header" in item) {
      checkHeader(item.header, builder);
      checkCsvMapping(mapping, item.header, mappingPath, path, builder.issues);
      // A mapping that does not fit the file would report the same problem on every row.
      builder.issues.throwIfAny(mappingPath, "Mapping file");
      mapper = new CsvRowMapper(mapping, item.header, row, source.id, basename(path));
      ownExport = isOwnCsvExport(item.header);
    } else {
      rows++;
      // Our export escapes formulas for spreadsheets; only in a file it wrote is a leading quote ours to remove.
      mapper?.mapRow(ownExport ? { ...item, values: item.values.map(restoreFormula) } : item);
      const skippedRow = row.commit(item.line, options.onError === "skip");
      if (skippedRow) {
        skippedRows.push(skippedRow);
        builder.skip("rows with a problem (onError=skip; listed in skippedRows)");
      }
    }
  }
  if (!mapper)
    throw new InvalidInputError(`${path}: the file is empty; expected a header line and rows`, { file: path });
  return {
    graph: builder.build(),
    sourceId: source.id,
    records: rows,
    skipped: builder.skippedSummary(),
    ...(options.onError === "skip" ? { skippedRows } : {}),
  };
}

function checkHeader(header: readonly string[], builder: GraphBuilder): void {
  const seen = new Set<string>();
  header.forEach((name, i) => {
    if (name === "")
      builder.problem({
        record: "line 1",
        line: 1,
        field: `column ${i + 1}`,
        message: "the header names no column here",
      });
    else if (seen.has(name))
      builder.problem({ record: "line 1", line: 1, field: name, message: "the header names this column twice" });
    seen.add(name);
  });
}
