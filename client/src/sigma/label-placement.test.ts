import { describe, expect, it } from "vitest";
import { labelBox, labelPriority, placeLabels, type LabelCandidate } from "./label-placement.js";

const viewport = { width: 400, height: 300 };
const candidate = (id: string, x: number, y: number, priority = 0, width = 80): LabelCandidate => ({
  id,
  x,
  y,
  radius: 6,
  width,
  height: 15,
  priority,
});

describe("label placement", () => {
  it("puts a label on the right, or on the left when the right would run off the canvas", () => {
    const placed = placeLabels([candidate("middle", 100, 100), candidate("edge", 380, 200)], viewport);
    expect(placed.get("middle")).toBe("right");
    expect(placed.get("edge")).toBe("left");
  });

  it("never leaves a label crossing the canvas edge: no side fits, no label", () => {
    const placed = placeLabels([candidate("wide", 200, 150, 0, 500)], viewport);
    expect(placed.has("wide")).toBe(false);
    for (const [id, side] of placeLabels([candidate("corner", 2, 2), candidate("low", 200, 298)], viewport)) {
      const box = labelBox(candidate(id, id === "corner" ? 2 : 200, id === "corner" ? 2 : 298), side);
      expect(box.x1).toBeGreaterThanOrEqual(0);
      expect(box.y1).toBeGreaterThanOrEqual(0);
      expect(box.x2).toBeLessThanOrEqual(viewport.width);
      expect(box.y2).toBeLessThanOrEqual(viewport.height);
    }
  });

  it("moves a label that would overlap another to a free side, and drops it when none is free", () => {
    // Two entities side by side: the second label cannot go right over the first's.
    const placed = placeLabels([candidate("hub", 100, 100, 10), candidate("near", 100, 112, 1)], viewport);
    expect(placed.get("hub")).toBe("right");
    expect(placed.get("near")).not.toBe("right");
    expect(placed.has("near")).toBe(true);
    const crowd = [0, 1, 2, 3, 4, 5].map((i) => candidate(`n${i}`, 200, 150 + i * 3, i));
    const some = placeLabels(crowd, viewport);
    expect(some.size).toBeLessThan(crowd.length);
  });

  it("keeps a label off another entity's disc", () => {
    const placed = placeLabels([candidate("a", 100, 100)], viewport, [
      { id: "a", x: 100, y: 100, radius: 6 },
      { id: "blocker", x: 140, y: 100, radius: 10 },
    ]);
    expect(placed.get("a")).not.toBe("right");
  });

  it("gives the hovered, selected and path entities their labels before hubs", () => {
    const hub = labelPriority({ hovered: false, selected: false, onPath: false, degree: 500 });
    const onPath = labelPriority({ hovered: false, selected: false, onPath: true, degree: 1 });
    const selected = labelPriority({ hovered: false, selected: true, onPath: false, degree: 1 });
    expect(onPath).toBeGreaterThan(hub);
    expect(selected).toBeGreaterThan(onPath);
    const crowd = [candidate("hub", 200, 150, hub), candidate("chosen", 200, 152, selected)];
    const placed = placeLabels(crowd, viewport);
    expect(placed.get("chosen")).toBe("right");
  });
});

describe("label placement of hubs", () => {
  it("labels the most important entity over a neighbour's disc when no side is free, never the least", () => {
    // A hub ringed by small neighbours on every side, and a minor entity ringed the same way.
    const ring = (id: string, x: number, y: number) =>
      [0, 1, 2, 3, 4, 5, 6, 7].map((i) => ({
        id: `${id}-ring${i}`,
        x: x + 30 * Math.cos((i * Math.PI) / 4) + 15,
        y: y + 12 * Math.sin((i * Math.PI) / 4),
        radius: 8,
      }));
    const hub = candidate("hub", 100, 100, 1000, 40);
    const minor = candidate("minor", 300, 200, 0, 40);
    const filler = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((i) => candidate(`f${i}`, 20 * i, 280, 1, 10));
    const candidates = [hub, minor, ...filler];
    const placed = placeLabels(candidates, { width: 600, height: 300 }, [
      ...candidates,
      ...ring("hub", 100, 100),
      ...ring("minor", 300, 200),
    ]);
    expect(placed.has("hub")).toBe(true);
    expect(placed.has("minor")).toBe(false);
  });
});
