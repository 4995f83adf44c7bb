// Benchmark tables as Markdown: the same text is printed to the terminal and written into BENCHMARKS.md.

export type Cell = string | number | null | undefined;

export interface Table {
  /** The BENCHMARKS.md section the table belongs in (see report-sections.ts), e.g. "import", "queries-1m". */
  section: string;
  title: string;
  headers: string[];
  rows: Cell[][];
  /** Lines printed under the table: what was measured, misses, errors. */
  notes?: string[];
}

export function formatTable(table: Table): string {
  // null arrives where a worker measured NaN (no samples): JSON has no NaN.
  const text = (cell: Cell) =>
    cell === undefined || cell === null ? "–" : typeof cell === "number" ? formatNumber(cell) : cell;
  const rows = table.rows.map((row) => table.headers.map((_, i) => text(row[i])));
  const widths = table.headers.map((header, i) => Math.max(3, header.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(" | ")} |`;
  return [
    `### ${table.title}`,
    "",
    line(table.headers),
    // The separator row as Prettier writes it, so Prettier leaves BENCHMARKS.md as written.
    `| ${widths.map((width) => "-".repeat(width)).join(" | ")} |`,
    ...rows.map(line),
    ...(table.notes?.length ? ["", ...table.notes.map((note) => `- ${note}`)] : []),
  ].join("\n");
}

/** Three significant digits at most, thousands grouped: 1234567 → 1,234,567; 0.01234 → 0.0123. */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (abs >= 1000) return Math.round(value).toLocaleString("en-US");
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  if (abs >= 1) return value.toFixed(2);
  return value === 0 ? "0" : value.toPrecision(3);
}
