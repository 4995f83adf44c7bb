import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import type { ExportScene } from "./scene.js";
import { svgPaint, wrapItems, writeSvg, type SvgExtras } from "./svg-writer.js";

const scene: ExportScene = {
  width: 600,
  height: 400,
  nodes: [
    {
      id: "t",
      kind: "Person",
      x: 100,
      y: 100,
      size: 10,
      color: "#2f6fdf",
      shape: "circle",
      label: "Donald Trump",
      highlighted: false,
    },
    {
      id: "j",
      kind: "Contract",
      x: 300,
      y: 200,
      size: 12,
      color: "#d98a0b",
      shape: "square",
      label: "JEDI & <friends>",
      highlighted: true,
    },
    {
      id: "m",
      kind: "Organization",
      x: 500,
      y: 300,
      size: 10,
      color: "#7c4ddb",
      shape: "circle",
      label: null,
      highlighted: false,
    },
  ],
  edges: [
    {
      id: "tj",
      source: "t",
      target: "j",
      stance: "neutral",
      status: "alleged",
      color: "#f59e0b",
      width: 4,
      curvature: null,
      label: "influenced",
      dimmed: false,
    },
    {
      id: "mj",
      source: "m",
      target: "j",
      stance: "neutral",
      status: "confirmed",
      color: "rgba(203, 210, 221, 0.35)",
      width: 1,
      curvature: 0.3,
      label: null,
      dimmed: true,
    },
  ],
};

const none: SvgExtras = { title: "", dateLine: null, legend: null, sources: null };

function parse(svg: string) {
  const doc = new DOMParser().parseFromString(svg, "image/svg+xml");
  const root = doc.documentElement;
  if (!root || root.nodeName !== "svg") throw new Error(`not an SVG document: ${svg.slice(0, 80)}`);
  return root;
}

const texts = (root: ReturnType<typeof parse>) =>
  Array.from(root.getElementsByTagName("text")).map((t) => t.textContent ?? "");

describe("SVG export", () => {
  it("draws entities, relations with arrowheads, and labels as text, escaped", () => {
    const { svg, width, height } = writeSvg(scene, none, "white");
    const root = parse(svg);
    expect([width, height]).toEqual([600, 400]);
    expect(root.getAttribute("viewBox")).toBe("0 0 600 400");
    expect(root.getElementsByTagName("circle").length).toBe(2);
    expect(root.getElementsByTagName("rect").length).toBe(3); // background, clip area, the contract
    expect(root.getElementsByTagName("line").length).toBe(1);
    expect(root.getElementsByTagName("path").length).toBe(1); // the curved, parallel relation
    expect(root.getElementsByTagName("polygon").length).toBe(2);
    expect(texts(root)).toEqual(["influenced", "Donald Trump", "JEDI & <friends>"]);
  });

  it("draws an undirected relation up to its target with no arrowhead", () => {
    const undirected = { ...scene, edges: scene.edges.map((edge) => ({ ...edge, undirected: true })) };
    const root = parse(writeSvg(undirected, none, "white").svg);
    expect(root.getElementsByTagName("polygon").length).toBe(0);
    expect(root.getElementsByTagName("line").length + root.getElementsByTagName("path").length).toBe(2);
  });

  it("dashes relations that are not confirmed and draws confirmed ones solid", () => {
    const root = parse(writeSvg(scene, none, "white").svg);
    // tj is alleged (the path hop), mj confirmed.
    const alleged = root.getElementsByTagName("line")[0];
    const confirmed = root.getElementsByTagName("path")[0];
    const [dash, gap] = (alleged?.getAttribute("stroke-dasharray") ?? "").split(" ").map(Number);
    expect(dash).toBeGreaterThanOrEqual(6);
    expect(gap).toBeGreaterThan(0);
    expect(confirmed?.hasAttribute("stroke-dasharray")).toBe(false);
  });

  it("draws the legend's status key as a solid and a dashed line", () => {
    const extras: SvgExtras = {
      ...none,
      legend: [
        { label: "confirmed", color: "#64748b", shape: "line" },
        { label: "not confirmed: alleged", color: "#64748b", shape: "dashed" },
      ],
    };
    const root = parse(writeSvg(scene, extras, "white").svg);
    const legend = root.getElementsByTagName("g");
    const key = Array.from(legend).find((g) => g.getAttribute("class") === "legend");
    const swatches = Array.from(key?.getElementsByTagName("line") ?? []);
    expect(swatches.map((l) => l.hasAttribute("stroke-dasharray"))).toEqual([false, true]);
    expect(texts(root)).toContain("not confirmed: alleged");
  });

  it("writes rgba colours as a colour with an opacity", () => {
    expect(svgPaint("rgba(203, 210, 221, 0.35)")).toEqual({ color: "#cbd2dd", opacity: 0.35 });
    expect(svgPaint("#f59e0b")).toEqual({ color: "#f59e0b", opacity: 1 });
    const root = parse(writeSvg(scene, none, "white").svg);
    const curve = root.getElementsByTagName("path")[0];
    expect(curve?.getAttribute("stroke-opacity")).toBe("0.35");
  });

  it("adds the title and date above and the legend and sources below, growing the image", () => {
    const extras: SvgExtras = {
      title: "Trump → JEDI → Microsoft",
      dateLine: "Exported 4 Mar 2025",
      legend: [{ label: "Person", color: "#2f6fdf", shape: "circle" }],
      sources: Array.from({ length: 30 }, (_, i) => `Publisher number ${i}, Oct 2019`),
    };
    const doc = writeSvg(scene, extras, "dark");
    expect(doc.width).toBe(600);
    expect(doc.height).toBeGreaterThan(400 + 40 + 18 + 3 * 14);
    const all = texts(parse(doc.svg));
    expect(all[0]).toBe("Trump → JEDI → Microsoft");
    expect(all).toContain("Exported 4 Mar 2025");
    expect(all).toContain("Person");
    const sources = all.filter((t) => t.includes("Publisher number"));
    expect(sources.length).toBeGreaterThan(2);
    expect(sources[0]?.startsWith("Sources: Publisher number 0")).toBe(true);
    expect(sources.join(" ")).toContain("Publisher number 29, Oct 2019");
    expect(doc.svg).toContain('fill="#0f172a"');
  });

  it("leaves the background out when asked for transparency", () => {
    const root = parse(writeSvg(scene, none, "transparent").svg);
    expect(root.getElementsByTagName("rect").length).toBe(2);
  });

  it("sets the pixel size for rasterising without changing the drawing", () => {
    const root = parse(writeSvg(scene, none, "white", undefined, 2).svg);
    expect(root.getAttribute("width")).toBe("1200");
    expect(root.getAttribute("viewBox")).toBe("0 0 600 400");
  });
});

describe("wrapping footer text", () => {
  it("fills lines up to the width and never loses a word", () => {
    const lines = wrapItems(["alpha beta", "gamma", "delta epsilon"], 14, (t) => t.length);
    expect(lines.every((l) => l.length <= 16)).toBe(true);
    expect(lines.join(" ").replace(/ ·/g, "").split(/\s+/)).toEqual(["alpha", "beta", "gamma", "delta", "epsilon"]);
  });
});

describe("labels in the file", () => {
  const extras: SvgExtras = { title: "", dateLine: null, legend: null, sources: null };
  const texts = (svg: string) =>
    Array.from(new DOMParser().parseFromString(svg, "image/svg+xml").getElementsByTagName("text"));

  it("puts a label on the side the placement chose, ending left of the disc when it goes left", () => {
    const left = { ...scene, nodes: [{ ...scene.nodes[0]!, labelSide: "left" as const }], edges: [] };
    const label = texts(writeSvg(left, extras, "white").svg).find((t) => t.textContent === "Donald Trump")!;
    expect(label.getAttribute("text-anchor")).toBe("end");
    expect(Number(label.getAttribute("x"))).toBeLessThan(100 - 10);
  });

  it("names under the picture every entity drawn without a label", () => {
    const withList = { ...scene, unlabelled: ["Microsoft", "Satya Nadella"] };
    const lines = texts(writeSvg(withList, extras, "white").svg).map((t) => t.textContent ?? "");
    const list = lines.find((t) => t.startsWith("Also shown, unlabelled for room:"));
    expect(list).toContain("Microsoft");
    expect(list).toContain("Satya Nadella");
    expect(texts(writeSvg(scene, extras, "white").svg).some((t) => t.textContent?.startsWith("Also shown"))).toBe(
      false,
    );
  });
});
