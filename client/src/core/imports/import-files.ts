// The explorer's "Import file…": which chosen file is the data and which its mapping, what a dry run
// says the file holds, and the one-line result shown after POST /api/imports.

/** The answer of POST /api/imports (server/routes/imports.ts). */
export interface ImportSummary {
  file: string;
  format: string;
  /** The Source entity the file became; null for a file our export wrote. */
  source: string | null;
  ownExport: boolean;
  entities: number;
  relations: number;
  records: number;
  skipped: Record<string, number>;
  /** Kept in another form than the file's, by how (GEXF spells as relation periods). */
  readAs?: Record<string, number>;
  skippedRows?: { line: number; problems: string[] }[];
  kinds: Record<string, number>;
  types: Record<string, number>;
  seconds: number;
  dryRun: boolean;
}

export interface ImportParts<F> {
  file: F;
  mapping?: F;
}

export interface ImportChoices {
  /** CSV: leave rows with a problem out (and list them) instead of refusing the file. */
  skipBadRows: boolean;
}

const isCsv = (name: string) => name.toLowerCase().endsWith(".csv");
const isYaml = (name: string) => /\.ya?ml$/i.test(name);

/**
 * One file; or a data file and its mapping chosen together: a CSV and its mapping, or a graph file
 * (GEXF, GraphML, graphology JSON) and a YAML mapping. Anything else says what to choose.
 */
export function importPartsOf<F extends { name: string }>(files: readonly F[]): ImportParts<F> | { problem: string } {
  const [first] = files;
  if (!first) return { problem: "Choose a file to import." };
  if (files.length === 1) {
    if (isCsv(first.name)) return { problem: "A CSV file needs its mapping: choose the CSV and its mapping together." };
    return { file: first };
  }
  if (files.length === 2) {
    const csv = files.filter((file) => isCsv(file.name));
    const others = files.filter((file) => !isCsv(file.name));
    if (csv.length === 1 && others.length === 1) return { file: csv[0]!, mapping: others[0]! };
    const yaml = files.filter((file) => isYaml(file.name));
    const data = files.filter((file) => !isYaml(file.name));
    if (csv.length === 0 && yaml.length === 1 && data.length === 1) return { file: data[0]!, mapping: yaml[0]! };
  }
  return {
    problem:
      "Choose one file, or a data file and its mapping (a CSV with its mapping, or a graph file with a YAML mapping).",
  };
}

/** A problem of a refused file as the server names it: `line 4, field "signed": not a day of the calendar`. */
export interface ImportProblem {
  record?: string;
  field?: string;
  message: string;
}

export function problemsOf(details: Record<string, unknown>): { shown: ImportProblem[]; total: number } {
  const errors = Array.isArray(details.errors) ? (details.errors as ImportProblem[]) : [];
  const total = typeof details.total === "number" ? details.total : errors.length;
  return { shown: errors.slice(0, 5), total };
}

export function problemText(problem: ImportProblem): string {
  const where = [problem.record, problem.field ? `field "${problem.field}"` : undefined].filter(Boolean).join(", ");
  return where ? `${where}: ${problem.message}` : problem.message;
}

/** Counts, largest first, for the preview's lists. */
export function rankedCounts(counts: Record<string, number>): [string, number][] {
  return Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

export function describeImport(summary: ImportSummary): string {
  const skipped = Object.values(summary.skipped).reduce((sum, count) => sum + count, 0);
  const left = skipped > 0 ? `; ${skipped} records left out` : "";
  return `Imported ${summary.file} (${summary.format}): ${summary.entities} entities and ${summary.relations} relations${left}.`;
}
