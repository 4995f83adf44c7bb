// Appends one benchmark run (its context and tables) to BENCHMARKS.md at the repository root.
import { appendFileSync, existsSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describeContext, type RunContext } from "./machine.js";
import { formatTable, type Table } from "./table.js";

export const BENCHMARKS_FILE = fileURLToPath(new URL("../../BENCHMARKS.md", import.meta.url));

const HEADER = `# Benchmarks

Figures appended by \`npm run bench\` (see bench/README.md); the newest run is at the end.

`;

export function appendRun(title: string, context: RunContext, tables: readonly Table[], file = BENCHMARKS_FILE): void {
  if (!existsSync(file)) writeFileSync(file, HEADER);
  const body = [`## ${title}`, "", ...describeContext(context), "", ...tables.map((t) => `${formatTable(t)}\n`)];
  appendFileSync(file, `\n${body.join("\n")}`);
}
