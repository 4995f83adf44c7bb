// What a soak records per minute (requests, errors, latency percentiles, RSS) and how it is judged and
// printed: no errors, RSS growth after the first minute within a bound, p95 latency stable.

export interface MinuteStats {
  minute: number;
  requests: number;
  errors: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** The server's resident memory at the end of the minute, in MiB. */
  rssMiB: number;
}

export interface SoakBounds {
  maxErrors: number;
  /** RSS at the end may exceed RSS after the first (warm-up) minute by at most this many MiB. */
  maxRssGrowthMiB: number;
  /** The last minute's p95 may be at most this many times the first minute's p95 (plus 5 ms of noise). */
  maxP95Ratio: number;
}

export const DEFAULT_BOUNDS: SoakBounds = { maxErrors: 0, maxRssGrowthMiB: 64, maxP95Ratio: 2 };

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export function minuteStats(minute: number, latencies: number[], errors: number, rssMiB: number): MinuteStats {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    minute,
    requests: latencies.length,
    errors,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? 0,
    rssMiB,
  };
}

export interface Verdict {
  ok: boolean;
  problems: string[];
  totals: { requests: number; errors: number; rssFirstMiB: number; rssLastMiB: number; rssMaxMiB: number };
}

export function judge(minutes: readonly MinuteStats[], bounds: SoakBounds = DEFAULT_BOUNDS): Verdict {
  const requests = minutes.reduce((sum, m) => sum + m.requests, 0);
  const errors = minutes.reduce((sum, m) => sum + m.errors, 0);
  const first = minutes[0];
  const last = minutes.at(-1);
  const problems: string[] = [];
  if (errors > bounds.maxErrors) problems.push(`${errors} errors (bound ${bounds.maxErrors})`);
  if (first && last && minutes.length > 1) {
    const growth = last.rssMiB - first.rssMiB;
    if (growth > bounds.maxRssGrowthMiB) {
      problems.push(`RSS grew ${growth.toFixed(1)} MiB after the first minute (bound ${bounds.maxRssGrowthMiB} MiB)`);
    }
    if (last.p95 > first.p95 * bounds.maxP95Ratio + 5) {
      problems.push(
        `p95 went from ${first.p95.toFixed(1)} ms to ${last.p95.toFixed(1)} ms (bound ×${bounds.maxP95Ratio})`,
      );
    }
  }
  return {
    ok: problems.length === 0,
    problems,
    totals: {
      requests,
      errors,
      rssFirstMiB: first?.rssMiB ?? 0,
      rssLastMiB: last?.rssMiB ?? 0,
      rssMaxMiB: Math.max(0, ...minutes.map((m) => m.rssMiB)),
    },
  };
}
