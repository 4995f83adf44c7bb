// The embedded engines side by side: for each query, LadybugDB's figure ÷ Kuzu 0.11's from the same run,
// so the verdict "no regression beyond noise" rests on ratios measured minutes apart on one machine.
import type { Table } from "../report/table.js";
import type { LatencySummary } from "../support/stats.js";
import type { LoadResult } from "./load-worker.js";

/** What one store measured for one query: in-process, over HTTP with one connection and under load. */
export interface QueryMeasurement {
  raw?: LatencySummary;
  single: LoadResult;
  loaded: LoadResult;
}

export type StoreMeasurements = Map<string, QueryMeasurement>;

const ratio = (after: number | undefined, before: number | undefined) =>
  after !== undefined && before !== undefined && Number.isFinite(after) && before > 0
    ? `${(after / before).toFixed(2)}×`
    : undefined;

export function engineComparisonTable(options: {
  section: string;
  size: number;
  connections: number;
  kuzu: { label: string; measured: StoreMeasurements };
  ladybug: { label: string; measured: StoreMeasurements };
}): Table {
  const { kuzu, ladybug, connections } = options;
  const rows: Table["rows"] = [...ladybug.measured].map(([name, after]) => {
    const before = kuzu.measured.get(name);
    return [
      name,
      before?.raw?.p50,
      after.raw?.p50,
      ratio(after.raw?.p50, before?.raw?.p50),
      ratio(after.raw?.p99, before?.raw?.p99),
      ratio(after.single.latency.p50, before?.single.latency.p50),
      ratio(after.loaded.latency.p50, before?.loaded.latency.p50),
      ratio(after.loaded.requestsPerSecond, before?.loaded.requestsPerSecond),
    ];
  });
  return {
    section: options.section,
    title: `${ladybug.label} beside ${kuzu.label} on ${options.size.toLocaleString("en-US")} relations`,
    headers: [
      "query",
      "Kuzu raw p50",
      "LadybugDB raw p50",
      "raw p50 ×",
      "raw p99 ×",
      "HTTP c=1 p50 ×",
      `c=${connections} p50 ×`,
      `c=${connections} req/s ×`,
    ],
    rows,
    notes: [
      "× = LadybugDB ÷ Kuzu 0.11 from the rows above (same graph, same run): above 1 LadybugDB is slower, " +
        "except req/s, where above 1 it serves more. Latencies in ms.",
    ],
  };
}
