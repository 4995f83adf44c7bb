import { describe, expect, it } from "vitest";
import { relationHistogram } from "./time-histogram.js";
import { monthIndex } from "./time.js";

describe("the histogram under the time slider", () => {
  it("counts relations by the stretch their start falls in, leaving out undated ones", () => {
    const edges = [
      { date: { start: "2016-01" } },
      { date: { start: "2016-02-10" } },
      { date: { start: "2019" } },
      { date: { start: "2019-12", end: "2021" } },
      { date: null },
    ];
    const counts = relationHistogram(edges, monthIndex("2016-01"), monthIndex("2019-12"), 4);
    expect(counts).toEqual([2, 0, 0, 2]);
  });
});
