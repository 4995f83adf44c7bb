// The explorer's "Import file…": which chosen file is the data and which the CSV's mapping, and the
// one-line result shown after POST /api/imports.

/** The answer of POST /api/imports (server/routes/imports.ts). */
export interface ImportSummary {
  file: string;
  format: string;
  source: string;
  entities: number;
  relations: number;
  records: number;
  skipped: Record<string, number>;
  seconds: number;
  dryRun: boolean;
}

export interface ImportParts<F> {
  file: F;
  mapping?: F;
}

const isCsv = (name: string) => name.toLowerCase().endsWith(".csv");

/** One file, or a CSV and its mapping (chosen together); anything else says what to choose. */
export function importPartsOf<F extends { name: string }>(files: readonly F[]): ImportParts<F> | { problem: string } {
  const [first, second] = files;
  if (!first) return { problem: "Choose a file to import." };
  if (!second && files.length === 1) {
    if (isCsv(first.name)) return { problem: "A CSV file needs its mapping: choose the CSV and its mapping together." };
    return { file: first };
  }
  const csv = files.filter((file) => isCsv(file.name));
  const others = files.filter((file) => !isCsv(file.name));
  if (files.length === 2 && csv.length === 1 && others.length === 1) return { file: csv[0]!, mapping: others[0]! };
  return { problem: "Choose one file, or a CSV file and its mapping (YAML or JSON)." };
}

export function describeImport(summary: ImportSummary): string {
  const skipped = Object.values(summary.skipped).reduce((sum, count) => sum + count, 0);
  const left = skipped > 0 ? `; ${skipped} records skipped` : "";
  return `Imported ${summary.file} (${summary.format}): ${summary.entities} entities and ${summary.relations} relations${left}.`;
}
