// Writes a benchmark run into BENCHMARKS.md at the repository root: each of its tables replaces the
// section it belongs in (the last run of a benchmark is the one the report shows; older ones are in git).
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describeContext, type RunContext } from "./machine.js";
import { replaceSection } from "./report-sections.js";
import { formatTable, type Table } from "./table.js";

export const BENCHMARKS_FILE = fileURLToPath(new URL("../../BENCHMARKS.md", import.meta.url));

export interface BenchRun {
  /** The sub-command that made the tables: import, queries, render, soak. */
  command: string;
  /** The command line as typed, so a reader can repeat it: `npm run bench -- queries --sizes=1M`. */
  invocation: string;
  quick: boolean;
  minutes: number;
  context: RunContext;
  tables: Table[];
}

/** A quick run has its own sections: its tiny sizes must not stand in for the full run's figures. */
export function sectionIdOf(table: Table, quick: boolean): string {
  return quick ? `${table.section}-quick` : table.section;
}

export function describeRun(run: BenchRun, tables: readonly Table[]): string {
  const { context } = run;
  const line =
    `- Run: \`${run.invocation}\` (${run.command}: ${run.minutes.toFixed(1)} min), ${context.date}, ` +
    `commit ${context.commit}; ${describeContext(context)}`;
  return [line, ...tables.map(formatTable)].join("\n\n");
}

/** The report with every section of the run rewritten; the sections' ids, for the log. */
export function withRun(report: string, run: BenchRun): { report: string; sections: string[] } {
  const bySection = new Map<string, Table[]>();
  for (const table of run.tables) {
    const id = sectionIdOf(table, run.quick);
    bySection.set(id, [...(bySection.get(id) ?? []), table]);
  }
  let next = report;
  for (const [id, tables] of bySection) next = replaceSection(next, id, describeRun(run, tables));
  return { report: next, sections: [...bySection.keys()] };
}

export function writeRunToReport(run: BenchRun, file = BENCHMARKS_FILE): string[] {
  const { report, sections } = withRun(readFileSync(file, "utf8"), run);
  writeFileSync(file, report);
  return sections;
}
