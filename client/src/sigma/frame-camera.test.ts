import { describe, expect, it } from "vitest";
import { FRAME_PADDING, frameRatio } from "./frame-camera.js";

describe("framing a set of entities", () => {
  const viewport = { width: 1280, height: 720 };

  it("zooms out until the widest side fits inside the canvas with room for labels", () => {
    const ratio = frameRatio({ width: 2000, height: 300 }, viewport);
    expect(2000 / ratio).toBeCloseTo(viewport.width - 2 * FRAME_PADDING.x);
    expect(300 / ratio).toBeLessThan(viewport.height - 2 * FRAME_PADDING.y);
  });

  it("fits a tall set by its height", () => {
    const ratio = frameRatio({ width: 100, height: 1500 }, viewport);
    expect(1500 / ratio).toBeCloseTo(viewport.height - 2 * FRAME_PADDING.y);
  });

  it("does not blow two neighbours up to fill the screen", () => {
    expect(frameRatio({ width: 10, height: 0 }, viewport)).toBe(0.15);
  });
});
