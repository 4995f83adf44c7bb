import { describe, expect, it } from "vitest";
import { MAX_LINKED_POSITIONS, decodePositions, encodePositions } from "./positions.js";

describe("link positions", () => {
  it("cost six characters per entity", () => {
    const ids = Array.from({ length: 50 }, (_, i) => `org:${i}`);
    const positions = Object.fromEntries(ids.map((id, i) => [id, { x: Math.cos(i) * 40, y: Math.sin(i) * 25 }]));
    const text = encodePositions(ids, positions);
    expect(text).toHaveLength(300);
    const back = decodePositions(text, ids);
    // Round trip keeps relative placement to well under a thousandth of the extent.
    const scale = 100 / 80;
    for (const [i, id] of ids.entries()) {
      if (i === 0) continue;
      const dx = (back?.[id]?.x ?? 0) - (back?.["org:0"]?.x ?? 0);
      expect(dx).toBeCloseTo(((positions[id]?.x ?? 0) - (positions["org:0"]?.x ?? 0)) * scale, 1);
    }
  });

  it("are not written for views larger than the cap", () => {
    const ids = Array.from({ length: MAX_LINKED_POSITIONS + 1 }, (_, i) => `org:${i}`);
    const positions = Object.fromEntries(ids.map((id, i) => [id, { x: i, y: i }]));
    expect(encodePositions(ids, positions)).toBeNull();
  });
});
