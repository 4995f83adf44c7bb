// Streams a CSV file through csv-parse: the header, then each row with its 1-based row number (header
// excluded) and the line it starts on, so problems can name the line a person would open.
import { createReadStream } from "node:fs";
import { CsvError, parse } from "csv-parse";
import { InvalidInputError } from "../../errors.js";

export interface CsvRow {
  /** 1-based, header excluded: the evidence "paragraph" of every relation read from this row. */
  number: number;
  /** The line of the file where the row starts (a quoted field may span lines). */
  line: number;
  values: string[];
}

export async function* readCsvRows(
  path: string,
  file: string,
  delimiter: string,
): AsyncGenerator<{ header: string[] } | CsvRow> {
  const parser = createReadStream(path).pipe(
    parse({ bom: true, delimiter, info: true, skip_empty_lines: true, relax_quotes: false }),
  );
  let number = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const spannedLines = record.reduce((sum, field) => sum + (field.match(/\n/g)?.length ?? 0), 0);
      const line = info.lines - spannedLines;
      if (number++ === 0) yield { header: record.map((name) => name.trim()) };
      else yield { number: number - 1, line, values: record };
    }
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      throw new InvalidInputError(`${file}: line ${line ?? "?"}: ${error.message}`, {
        errors: [{ file, record: `line ${line}`, line, field: "", message: error.message }],
      });
    }
    const code = (error as NodeJS.ErrnoException).code;
    throw new InvalidInputError(`${file}: cannot read the file (${code ?? (error as Error).message})`, { file });
  } finally {
    parser.destroy();
  }
}
