// Starts the API server under test in its own process and stops it by closing its stdin.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { ImportTarget } from "../import/import-target.js";

const SERVE = fileURLToPath(new URL("../queries/serve-worker.ts", import.meta.url));
const READY = /BENCH_SERVER_READY (\S+)/;

export interface ServerProcess {
  url: string;
  stop(): Promise<void>;
}

export function startServerProcess(target: ImportTarget, timeoutMs = 120_000): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", SERVE, JSON.stringify(target)], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.stdin?.end();
    const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
    await exited;
    clearTimeout(timer);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      reject(new Error(`the benchmark server did not start within ${timeoutMs / 1000} s: ${output.slice(-2000)}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const ready = READY.exec(output);
      if (!ready) return;
      clearTimeout(timer);
      child.off("exit", onExit);
      child.stdout?.resume();
      resolve({ url: ready[1]!, stop });
    };
    const onExit = (code: number | null) => {
      clearTimeout(timer);
      reject(new Error(`the benchmark server exited (code ${code}) before it was ready: ${output.slice(-2000)}`));
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", (chunk: Buffer) => (output = (output + chunk.toString("utf8")).slice(-8000)));
    child.once("exit", onExit);
  });
}
