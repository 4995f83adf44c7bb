// What a benchmark figure needs beside it to mean anything: the machine, its load, the date and commit.
import { execFileSync } from "node:child_process";
import os from "node:os";

export interface RunContext {
  date: string;
  commit: string;
  cpu: string;
  cores: number;
  ramGiB: number;
  os: string;
  node: string;
  /** 1, 5 and 15 minute load averages when the run started: the machine is shared. */
  load: string;
}

export function runContext(): RunContext {
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    commit: gitCommit(),
    cpu: os.cpus()[0]?.model.trim() ?? "unknown CPU",
    cores: os.cpus().length,
    ramGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    load: os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(" / "),
  };
}

function gitCommit(): string {
  try {
    const head = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain"], { encoding: "utf8" }).trim() !== "";
    return dirty ? `${head} (with uncommitted changes)` : head;
  } catch {
    return "unknown (not a git checkout)";
  }
}

/** The machine and its load, for the line that dates a run: the cores may be shared with other work. */
export function describeContext(context: RunContext): string {
  return (
    `${context.cpu}, ${context.cores} cores, ${context.ramGiB} GiB RAM, ${context.os}, Node ${context.node}; ` +
    `load average at start ${context.load} (1/5/15 min)`
  );
}
