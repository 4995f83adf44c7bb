// Runs one benchmark step in its own Node process (so its peak memory is its own and a load generator
// never shares a CPU queue with the server it measures) and reads back the JSON result it prints.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const RESULT_MARK = "BENCH_RESULT ";

/** Prints a step's result for the parent; the last such line wins. */
export function reportResult(result: unknown): void {
  process.stdout.write(`${RESULT_MARK}${JSON.stringify(result)}\n`);
}

export function runTsChild<T>(script: URL, input: unknown, options: { timeoutMs: number }): Promise<T> {
  const path = fileURLToPath(script);
  const child = spawn(process.execPath, ["--import", "tsx", path, JSON.stringify(input)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString("utf8")));
  child.stderr.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString("utf8")).slice(-4000)));
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs);
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      const line = stdout
        .split("\n")
        .reverse()
        .find((l) => l.startsWith(RESULT_MARK));
      if (code === 0 && line) return resolve(JSON.parse(line.slice(RESULT_MARK.length)) as T);
      const why =
        signal === "SIGKILL" ? `was stopped after ${options.timeoutMs / 1000} s` : `exited with ${code ?? signal}`;
      reject(new Error(`${path} ${why}: ${stderr.trim().split("\n").slice(-8).join("\n")}`));
    });
  });
}

/** Reads the JSON input a parent passed to this step. */
export function childInput<T>(): T {
  const raw = process.argv[2];
  if (!raw) throw new Error("this benchmark step is started by bench/main.ts with its input as one JSON argument");
  return JSON.parse(raw) as T;
}
