// `npm run bench -- soak`: mixed API queries at a fixed rate for minutes on loopback (Kuzu unless
// NEO4J_URI is set), one table row per minute, and whether errors, memory and latency stayed in bounds.
import type { Table } from "../report/table.js";
import { DEFAULT_BOUNDS, judge } from "./soak-report.js";
import { describeMix } from "./soak-requests.js";
import { runSoak } from "./soak-run.js";

export interface SoakBenchOptions {
  minutes: number;
  rate: number;
  log: (line: string) => void;
}

export async function runSoakBench(options: SoakBenchOptions): Promise<Table[]> {
  const result = await runSoak({ minutes: options.minutes, rate: options.rate, log: options.log });
  const verdict = judge(result.minutes);
  const { totals } = verdict;
  return [
    {
      section: "soak",
      title: `Soak: ${options.rate} requests/s for ${options.minutes} min (${result.store})`,
      headers: ["minute", "requests", "errors", "p50 ms", "p95 ms", "p99 ms", "max ms", "server RSS MiB"],
      // Counts as text: the table would print a lone request as "1.00".
      rows: result.minutes.map((m) => [
        String(m.minute),
        String(m.requests),
        String(m.errors),
        m.p50,
        m.p95,
        m.p99,
        m.max,
        m.rssMiB,
      ]),
      notes: [
        `Mix, in turn: ${describeMix()}; sent open-loop (a slow answer does not slow the sender) to server/main.ts ` +
          "in its own process with the seeds loaded. An error is an answer with a status its kind does not expect, or none.",
        `${totals.requests} requests, ${totals.errors} errors; server RSS ${totals.rssFirstMiB.toFixed(1)} MiB after ` +
          `minute 1, ${totals.rssLastMiB.toFixed(1)} MiB at the end, ${totals.rssMaxMiB.toFixed(1)} MiB at most.`,
        `Bounds: at most ${DEFAULT_BOUNDS.maxErrors} errors, RSS growth after minute 1 at most ` +
          `${DEFAULT_BOUNDS.maxRssGrowthMiB} MiB, last minute's p95 at most ${DEFAULT_BOUNDS.maxP95Ratio}× the first's + 5 ms.`,
        verdict.ok ? "Verdict: within bounds." : `Verdict: OUT OF BOUNDS: ${verdict.problems.join("; ")}.`,
      ],
    },
  ];
}
