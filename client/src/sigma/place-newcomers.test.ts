import { describe, expect, it } from "vitest";
import { placeBeside, placeOutside, typicalSpacing } from "./place-newcomers.js";

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe("where a newcomer lands", () => {
  it("is within a relation's length of what it connects to, siblings apart from each other", () => {
    const hub = { x: 10, y: -4 };
    const spots = Array.from({ length: 25 }, (_, i) => placeBeside([hub], i, 2));
    for (const spot of spots) expect(distance(spot, hub)).toBeLessThanOrEqual(2 * (0.5 + 0.2 * 5));
    for (let i = 1; i < spots.length; i++) expect(distance(spots[i]!, spots[i - 1]!)).toBeGreaterThan(0.3);
  });

  it("is between two entities it connects to", () => {
    const spot = placeBeside(
      [
        { x: 0, y: 0 },
        { x: 10, y: 0 },
      ],
      0,
      1,
    );
    expect(distance(spot, { x: 5, y: 0 })).toBeCloseTo(0.5);
  });

  it("is just outside the drawing when it connects to nothing drawn", () => {
    const drawn = [
      { x: 0, y: 0 },
      { x: 4, y: 0 },
      { x: 0, y: 4 },
      { x: 4, y: 4 },
    ];
    const spot = placeOutside(drawn, 3, 1);
    expect(distance(spot, { x: 2, y: 2 })).toBeCloseTo(Math.hypot(4, 4) / 2 + 1);
  });

  it("takes the drawing's relation length as its unit", () => {
    expect(typicalSpacing([2, 4, 0, Number.NaN])).toBe(3);
    expect(typicalSpacing([])).toBe(1);
  });
});
