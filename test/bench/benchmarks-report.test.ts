// BENCHMARKS.md is a report, not a diary: a benchmark run replaces its own tables between their markers,
// leaves the hand-written text and the other benchmarks' tables as they were, and never appends a run.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseBenchArgs, sizeLabel } from "../../bench/args.js";
import { BENCHMARKS_FILE, writeRunToReport, type BenchRun } from "../../bench/report/benchmarks-file.js";
import { listSections, replaceSection } from "../../bench/report/report-sections.js";
import type { RunContext } from "../../bench/report/machine.js";
import type { Table } from "../../bench/report/table.js";

const dir = mkdtempSync(join(tmpdir(), "bench-report-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const REPORT = `# Benchmarks

Hand-written introduction.

## Import

<!-- bench:import -->

- Run: old import run

### Import

| relations | total s |
| --------- | ------- |
| 1,000     | 9.99    |

<!-- /bench:import -->

Why the import is still short of its target.

## Rendering

<!-- bench:render -->

- Run: old render run

### Rendering while panning and zooming

| nodes | fps  |
| ----- | ---- |
| 1,000 | 12.3 |

<!-- /bench:render -->

What rendering still lacks.
`;

const context: RunContext = {
  date: "2026-12-01T10:00:00Z",
  commit: "abc1234",
  cpu: "Test CPU",
  cores: 2,
  ramGiB: 8,
  os: "Linux",
  node: "v22.0.0",
  load: "0.10 / 0.20 / 0.30",
};

function importRun(totalSeconds: number, quick = false): BenchRun {
  const table: Table = {
    section: "import",
    title: "Import",
    headers: ["relations", "total s"],
    rows: [[1_000, totalSeconds]],
    notes: ["Kuzu runs with a 2 GiB buffer pool."],
  };
  const invocation = quick ? "npm run bench -- import --quick" : "npm run bench -- import";
  return { command: "import", invocation, quick, minutes: 0.3, context, tables: [table] };
}

function reportFile(text = REPORT): string {
  const file = join(dir, `BENCHMARKS-${Math.random().toString(36).slice(2)}.md`);
  writeFileSync(file, text);
  return file;
}

describe("the benchmark report", () => {
  it("replaces a benchmark's table with the new run and keeps the text and the other tables as they were", () => {
    const file = reportFile();
    expect(writeRunToReport(importRun(1.23), file)).toEqual(["import"]);
    const report = readFileSync(file, "utf8");

    expect(report).toContain("| 1,000     | 1.23    |");
    expect(report).not.toContain("9.99");
    expect(report).not.toContain("old import run");
    expect(report).toContain(
      "- Run: `npm run bench -- import` (import: 0.3 min), 2026-12-01T10:00:00Z, commit abc1234",
    );
    expect(report).toContain("- Kuzu runs with a 2 GiB buffer pool.");
    const untouched = (text: string) => [
      text.slice(0, text.indexOf("<!-- bench:import -->")),
      text.slice(text.indexOf("<!-- /bench:import -->")),
    ];
    expect(untouched(report)).toEqual(untouched(REPORT));
  });

  it("does not grow when the same benchmark runs again: the second run replaces the first", () => {
    const file = reportFile();
    writeRunToReport(importRun(1.23), file);
    const once = readFileSync(file, "utf8");
    writeRunToReport(importRun(4.56), file);
    const twice = readFileSync(file, "utf8");

    expect(twice.split("\n")).toHaveLength(once.split("\n").length);
    expect(twice).toContain("4.56");
    expect(twice).not.toContain("1.23");
    expect(twice.match(/<!-- bench:import -->/g)).toHaveLength(1);
  });

  it("keeps a quick run's tiny sizes in a section of their own, apart from the full run's table", () => {
    const file = reportFile();
    expect(writeRunToReport(importRun(0.5, true), file)).toEqual(["import-quick"]);
    const report = readFileSync(file, "utf8");
    expect(report).toContain("9.99");
    expect(listSections(report)).toEqual(["import", "render", "import-quick"]);

    writeRunToReport(importRun(0.7, true), file);
    const again = readFileSync(file, "utf8");
    expect(again).not.toContain("| 0.500");
    expect(listSections(again)).toEqual(["import", "render", "import-quick"]);
  });

  it("refuses a section opened and never closed, naming it, instead of swallowing the rest of the report", () => {
    const broken = REPORT.replace("<!-- /bench:render -->", "");
    expect(() => replaceSection(broken, "render", "new")).toThrow(/opens section "render" .* never closes it/);
    expect(() => replaceSection(REPORT + REPORT, "render", "new")).toThrow(/marks section "render" twice/);
    expect(() => replaceSection(REPORT, "Render 1M", "new")).toThrow(/"Render 1M" must be lower-case/);
  });

  it("marks a section in BENCHMARKS.md for every table the default, quick and soak runs write", () => {
    const full = parseBenchArgs([]);
    const quick = parseBenchArgs(["--quick"]);
    const sections = listSections(readFileSync(BENCHMARKS_FILE, "utf8"));
    expect(sections).toEqual(expect.arrayContaining(["import", "render", "soak", "import-quick", "render-quick"]));
    for (const size of full.querySizes) expect(sections).toContain(`queries-${sizeLabel(size)}`);
    for (const size of quick.querySizes) expect(sections).toContain(`queries-${sizeLabel(size)}-quick`);
    expect(new Set(sections).size).toBe(sections.length);
  });
});
