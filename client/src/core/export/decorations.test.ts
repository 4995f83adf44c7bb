import { describe, expect, it } from "vitest";
import { node } from "../fixtures.test-support.js";
import { DIMMED_NODE, PATH_EDGE } from "../../sigma/palette.js";
import { citedSourceIds, dateLineOf, legendOf, sourceLines } from "./decorations.js";
import type { ExportScene } from "./scene.js";

const scene: ExportScene = {
  width: 400,
  height: 300,
  nodes: [
    { id: "p", kind: "Person", x: 0, y: 0, size: 5, color: "#2f6fdf", shape: "circle", label: "P", highlighted: false },
    {
      id: "c",
      kind: "Contract",
      x: 9,
      y: 9,
      size: 5,
      color: "#d98a0b",
      shape: "square",
      label: "C",
      highlighted: false,
    },
    {
      id: "x",
      kind: "Place",
      x: 9,
      y: 0,
      size: 5,
      color: DIMMED_NODE,
      shape: "circle",
      label: null,
      highlighted: false,
    },
  ],
  edges: [
    {
      id: "pc",
      source: "p",
      target: "c",
      stance: "neutral",
      status: "alleged",
      color: PATH_EDGE,
      width: 4,
      curvature: null,
      label: "influenced",
      dimmed: false,
    },
    {
      id: "px",
      source: "p",
      target: "x",
      stance: "rivalry",
      status: "confirmed",
      color: "#ccc",
      width: 1,
      curvature: null,
      label: null,
      dimmed: true,
    },
  ],
};

describe("export legend", () => {
  it("names the kinds and stances drawn undimmed, and the path colour when a path is shown", () => {
    expect(legendOf(scene).map((e) => e.label)).toEqual(["Person", "Contract", "path", "not confirmed: alleged"]);
    const plain = { ...scene, edges: scene.edges.map((e) => ({ ...e, color: "#94a3b8", status: "confirmed" })) };
    expect(legendOf(plain).map((e) => e.label)).toEqual(["Person", "Contract", "neutral", "confirmed"]);
    expect(legendOf(scene).find((e) => e.label === "Contract")?.shape).toBe("square");
  });
});

describe("export status key", () => {
  it("keys solid lines as confirmed and dashed ones naming each other status drawn, in the vocabulary's order", () => {
    const edges = [
      { ...scene.edges[0]!, status: "negotiating" },
      { ...scene.edges[0]!, id: "pc2", status: "confirmed" },
      { ...scene.edges[0]!, id: "pc3", status: "reported" },
      // Dimmed relations are not what the picture shows.
      { ...scene.edges[1]!, status: "denied" },
    ];
    const key = legendOf({ ...scene, edges }).slice(-2);
    expect(key).toEqual([
      { label: "confirmed", color: expect.any(String), shape: "line" },
      { label: "not confirmed: reported, in negotiation", color: expect.any(String), shape: "dashed" },
    ]);
  });
});

describe("export sources", () => {
  it("cites only the sources of relations drawn undimmed", () => {
    const evidence: Record<string, { source: string }[]> = {
      pc: [{ source: "src:002" }, { source: "src:001" }, { source: "src:002" }],
      px: [{ source: "src:009" }],
    };
    expect(citedSourceIds(scene, (id) => evidence[id] ?? [])).toEqual(["src:001", "src:002"]);
  });

  it("names each source by publisher (or title) and date, oldest first, each once", () => {
    const a = node("src:a", "Source", "A story");
    a.properties = { publisher: "Handelsblatt", published: "2019-10-25" };
    const b = node("src:b", "Source", "Cloud deal");
    b.properties = { title: "Cloud deal", published: "2018-04", publishedInferred: true };
    const c = node("src:c", "Source", "Undated note");
    const twin = { ...a, id: "src:a2" };
    expect(sourceLines([a, b, c, twin])).toEqual([
      "“Cloud deal”, Apr 2018 (inferred)",
      "Handelsblatt, 25 Oct 2019",
      "“Undated note”, undated",
    ]);
  });
});

describe("export date line", () => {
  it("gives the day of export and the time window when one is set", () => {
    const day = new Date(2025, 2, 4, 12);
    expect(dateLineOf(day, { from: null, to: null, includeUndated: true })).toBe("Exported 4 Mar 2025");
    expect(dateLineOf(day, { from: null, to: "2019-12", includeUndated: true })).toBe(
      "Exported 4 Mar 2025 · as it stood in Dec 2019",
    );
  });
});
