import { describe, expect, it } from "vitest";
import { cropScene, frameScene, type ExportScene, type SceneNode } from "./scene.js";

function n(id: string, x: number, y: number, label: string | null = id): SceneNode {
  return { id, kind: "Organization", x, y, size: 8, color: "#7c4ddb", shape: "circle", label, highlighted: false };
}

const scene: ExportScene = {
  width: 800,
  height: 600,
  nodes: [n("a", 100, 100), n("b", 200, 150), n("far", 5000, 5000)],
  edges: [
    {
      id: "ab",
      source: "a",
      target: "b",
      stance: "partnership",
      status: "confirmed",
      color: "#16a34a",
      width: 2,
      curvature: null,
      label: null,
      dimmed: false,
    },
    {
      id: "bf",
      source: "b",
      target: "far",
      stance: "rivalry",
      status: "reported",
      color: "#dc2626",
      width: 2,
      curvature: null,
      label: null,
      dimmed: false,
    },
  ],
};

describe("framing a selection", () => {
  it("centres the chosen entities in the frame and keeps only the relations between them", () => {
    const framed = frameScene(scene, new Set(["a", "b"]), {
      width: 800,
      height: 600,
      padding: 40,
      labelWidth: () => 20,
    });
    expect(framed.nodes.map((x) => x.id)).toEqual(["a", "b"]);
    expect(framed.edges.map((e) => e.id)).toEqual(["ab"]);
    for (const node of framed.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(40);
      expect(node.x).toBeLessThanOrEqual(760);
      expect(node.y).toBeGreaterThanOrEqual(40);
      expect(node.y).toBeLessThanOrEqual(560);
      expect(node.size).toBe(8);
    }
    const [a, b] = framed.nodes;
    // Shape is kept: b stays right of and below a, with the same aspect.
    expect(((b?.y ?? 0) - (a?.y ?? 0)) / ((b?.x ?? 0) - (a?.x ?? 0))).toBeCloseTo(0.5, 5);
  });

  it("puts a single entity in the middle", () => {
    const framed = frameScene(scene, new Set(["a"]), { width: 800, height: 600, padding: 40, labelWidth: () => 0 });
    expect(framed.nodes[0]?.y).toBeCloseTo(300, 5);
  });
});

describe("cropping to the view", () => {
  it("drops what lies far outside the frame unless a kept relation needs it", () => {
    const lonely: ExportScene = { ...scene, nodes: [...scene.nodes, n("gone", -900, -900)] };
    const cropped = cropScene(lonely);
    expect(cropped.nodes.map((x) => x.id).sort()).toEqual(["a", "b", "far"]);
    expect(cropped.edges.map((e) => e.id)).toEqual(["ab", "bf"]);
  });
});
