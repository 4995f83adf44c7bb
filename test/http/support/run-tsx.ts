// Runs one of the project's TypeScript entry points (server/main.ts, server/cli/main.ts) in a child
// process through tsx, the way npm scripts do.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../..", import.meta.url));
const TSX = fileURLToPath(new URL("../../../node_modules/.bin/tsx", import.meta.url));

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function startTsx(entry: string, args: string[], env: Record<string, string>): ChildProcess {
  return spawn(TSX, [entry, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_LEVEL: "warn", NEO4J_URI: "", API_TOKEN: "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

export function finished(child: ChildProcess): Promise<Finished> {
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

export function runTsx(entry: string, args: string[], env: Record<string, string>): Promise<Finished> {
  return finished(startTsx(entry, args, env));
}

/** Resolves with the first match of pattern in the child's stdout, or rejects if it exits first. */
export function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs = 90_000): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    let seen = "";
    let errors = "";
    const timer = setTimeout(
      () => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${seen}\n${errors}`)),
      timeoutMs,
    );
    child.stderr?.on("data", (chunk: Buffer) => (errors += chunk.toString("utf8")));
    child.stdout?.on("data", (chunk: Buffer) => {
      seen += chunk.toString("utf8");
      const match = seen.match(pattern);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      reject(new Error(`exited with ${code} before printing ${pattern}:\n${seen}\n${errors}`));
    });
  });
}
