// Every benchmark run as JSON in bench/out/runs/ (git-ignored): the figures BENCHMARKS.md no longer
// shows once a later run replaces them, for whoever wants to compare runs on one machine.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BENCH_OUT_DIR } from "../generate/write-graph.js";
import type { BenchRun } from "./benchmarks-file.js";

export function writeRawRun(run: BenchRun, dir = join(BENCH_OUT_DIR, "runs")): string {
  mkdirSync(dir, { recursive: true });
  const stamp = run.context.date.replace(/:/g, "-");
  const file = join(dir, `${stamp}-${run.command}${run.quick ? "-quick" : ""}.json`);
  writeFileSync(file, `${JSON.stringify(run, null, 2)}\n`);
  return file;
}
