import { describe, expect, it } from "vitest";
import { percentile, summarize } from "../../bench/support/stats.js";

describe("latency statistics", () => {
  it("takes nearest-rank percentiles, so p99 of 100 samples is the 99th smallest", () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    const summary = summarize(samples);
    expect(summary.p50).toBe(50);
    expect(summary.p95).toBe(95);
    expect(summary.p99).toBe(99);
    expect(summary.max).toBe(100);
    expect(summary.mean).toBe(50.5);
  });

  it("answers NaN for no samples instead of a made-up zero", () => {
    expect(percentile([], 50)).toBeNaN();
  });
});
