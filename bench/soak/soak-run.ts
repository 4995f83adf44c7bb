// Runs a soak: server/main.ts in a child process on loopback (its own temp DATA_DIR, seeded on start, or
// NEO4J_URI from the environment), the request kinds of soak-requests.ts sent at a fixed rate whatever
// the answers' speed, and per minute the latency percentiles, the errors and the server's RSS from /proc.
import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { REPO_ROOT, waitForOutput } from "../../test/http/support/run-tsx.js";
import { minuteStats, type MinuteStats } from "./soak-report.js";
import { mixCycle, soakRequest } from "./soak-requests.js";

const SOAK_OUT = join(REPO_ROOT, "bench", "out");
export const SERVER_LOG = join(SOAK_OUT, "soak-server.log");

export interface SoakOptions {
  minutes: number;
  /** Requests per second, sent open-loop: a slow answer does not slow the sender down. */
  rate: number;
  log?: (line: string) => void;
}

function rssMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

export async function runSoak(options: SoakOptions): Promise<{ minutes: MinuteStats[]; store: string }> {
  const log = options.log ?? (() => undefined);
  const dataDir = await mkdtemp(join(tmpdir(), "soak-"));
  // One node process (tsx as a loader), so its pid is the server's and /proc gives the server's RSS.
  const server = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      HOST: "127.0.0.1",
      PORT: "0",
      DATA_DIR: dataDir,
      API_TOKEN: "",
      LOG_LEVEL: "warn",
      RATE_LIMIT_MAX: "100000000",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // What the server says while soaked (restarts of the store host, warnings): kept to explain the errors.
  mkdirSync(SOAK_OUT, { recursive: true });
  server.stderr.pipe(createWriteStream(SERVER_LOG));
  try {
    const [, url] = await waitForOutput(server, /running at (http:\/\/\S+)/);
    const base = url!.replace("localhost", "127.0.0.1");
    const health = (await (await fetch(`${base}/api/health`)).json()) as { store: string; entities: number };
    const store = `${health.store}, ${health.entities} entities`;
    log(`soak: ${options.rate} requests/s for ${options.minutes} min against ${base} (${store}, pid ${server.pid})`);
    log(`soak: the server's log: ${SERVER_LOG}`);

    const cycle = mixCycle();
    const minutes: MinuteStats[] = [];
    let latencies: number[] = [];
    let errors = 0;
    let sent = 0;
    const inFlight = new Set<Promise<void>>();
    const started = performance.now();
    const totalMs = options.minutes * 60_000;
    const intervalMs = 1000 / options.rate;
    let minuteEnd = started + Math.min(60_000, totalMs);

    const closeMinute = () => {
      const stats = minuteStats(minutes.length + 1, latencies, errors, rssMiB(server.pid!));
      minutes.push(stats);
      log(
        `soak: minute ${stats.minute}: ${stats.requests} requests, ${stats.errors} errors, p50 ${stats.p50.toFixed(1)} ms, ` +
          `p95 ${stats.p95.toFixed(1)} ms, p99 ${stats.p99.toFixed(1)} ms, RSS ${stats.rssMiB.toFixed(1)} MiB`,
      );
      latencies = [];
      errors = 0;
    };

    while (performance.now() - started < totalMs) {
      const due = started + sent * intervalMs;
      const wait = due - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      // The last minute stays open until the end, so a request sent on the final tick joins it.
      if (performance.now() >= minuteEnd && minuteEnd < started + totalMs) {
        closeMinute();
        minuteEnd += 60_000;
      }
      const { kind, request } = soakRequest(sent++, cycle);
      const t0 = performance.now();
      const done = fetch(`${base}${request.path}`, {
        method: request.method,
        headers: request.body ? { "content-type": "application/json" } : {},
        body: request.body ? JSON.stringify(request.body) : undefined,
        signal: AbortSignal.timeout(30_000),
      })
        .then(async (res) => {
          const body = await res.text();
          if (!kind.expectedStatuses.includes(res.status)) {
            errors++;
            log(`soak: ${kind.name}: ${request.method} ${request.path} answered ${res.status}: ${body.slice(0, 300)}`);
          }
        })
        .catch((error: unknown) => {
          errors++;
          if (server.exitCode !== null || server.signalCode !== null) {
            log(`soak: the server exited (${server.exitCode ?? server.signalCode}); see ${SERVER_LOG}`);
          }
          const cause = error instanceof Error && error.cause ? ` (${String(error.cause)})` : "";
          log(`soak: ${kind.name}: ${request.method} ${request.path} failed: ${String(error)}${cause}`);
        })
        .finally(() => {
          latencies.push(performance.now() - t0);
          inFlight.delete(done);
        });
      inFlight.add(done);
    }
    await Promise.all([...inFlight]);
    if (latencies.length > 0) closeMinute();
    return { minutes, store };
  } finally {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("close", resolve));
    await rm(dataDir, { recursive: true, force: true });
  }
}
