import { describe, expect, it } from "vitest";
import { HAIRLINE_BUDGET, hairlineStride, MAX_HAIRLINE_STRIDE } from "./hairline-sampling.js";

describe("hairlineStride", () => {
  it("draws every line while the lines in view fit the budget", () => {
    expect(hairlineStride(HAIRLINE_BUDGET, 1)).toBe(1);
    expect(hairlineStride(2_100, 4)).toBe(1);
  });

  it("draws one line in 2, 4, 8 or 16 when zoomed out over more lines than the budget", () => {
    expect(hairlineStride(50_000, 1)).toBe(2);
    expect(hairlineStride(100_001, 1)).toBe(8);
    expect(hairlineStride(250_000, 1)).toBe(16);
    expect(hairlineStride(10_000_000, 3)).toBe(MAX_HAIRLINE_STRIDE);
  });

  it("draws more of them as the view closes in, and all of them close enough", () => {
    const strides = [1, 0.7, 0.5, 0.35, 0.25].map((ratio) => hairlineStride(250_000, ratio));
    expect(strides).toEqual([16, 8, 4, 2, 1]);
  });
});
