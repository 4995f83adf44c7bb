// Writes an export scene as a standalone SVG document: relations as lines and curves with arrowheads,
// entities as discs and squares, labels as <text>, plus the optional title, date, legend and sources.
import { DIMMED_EDGE, DIMMED_NODE } from "../../sigma/palette.js";
import type { LegendEntry } from "./decorations.js";
import type { ExportBackground } from "./export-options.js";
import type { ExportScene, SceneEdge, SceneNode } from "./scene.js";

export interface SvgExtras {
  title: string;
  dateLine: string | null;
  legend: LegendEntry[] | null;
  sources: string[] | null;
}

export interface SvgDocument {
  svg: string;
  /** Size in CSS pixels (the SVG's viewBox). */
  width: number;
  height: number;
}

/** Width of a text in pixels; in the browser a canvas measures it, elsewhere an estimate does. */
export type MeasureText = (text: string, fontSize: number, weight: number) => number;

export const approximateTextWidth: MeasureText = (text, fontSize, weight) =>
  text.length * fontSize * (weight >= 600 ? 0.6 : 0.56);

export const EXPORT_FONT = "Inter, system-ui, sans-serif";
const NODE_LABEL = { size: 12, weight: 500 };
const EDGE_LABEL = { size: 11, weight: 400 };
const PAD = 16;

interface Theme {
  background: string | null;
  text: string;
  muted: string;
  edgeLabel: string;
  halo: string;
  rule: string;
  dimmedNode: string;
  dimmedEdge: string;
}

const LIGHT: Theme = {
  background: "#ffffff",
  text: "#1f2937",
  muted: "#64748b",
  edgeLabel: "#475569",
  halo: "#ffffff",
  rule: "#e3e6eb",
  dimmedNode: DIMMED_NODE,
  dimmedEdge: DIMMED_EDGE,
};

const THEMES: Record<ExportBackground, Theme> = {
  white: LIGHT,
  transparent: { ...LIGHT, background: null },
  dark: {
    background: "#0f172a",
    text: "#e5e7eb",
    muted: "#94a3b8",
    edgeLabel: "#cbd5e1",
    halo: "#0f172a",
    rule: "#334155",
    dimmedNode: "#334155",
    dimmedEdge: "rgba(71, 85, 105, 0.4)",
  },
};

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const num = (value: number) => String(Math.round(value * 100) / 100);

/** SVG 1.1 readers (Inkscape, Illustrator) want a plain colour and a separate opacity, not rgba(). */
export function svgPaint(color: string): { color: string; opacity: number } {
  const rgba = /^rgba?\(\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*([\d.]+)\s*)?\)$/.exec(color.trim());
  if (!rgba) return { color, opacity: 1 };
  const hex = rgba
    .slice(1, 4)
    .map((v) =>
      Math.max(0, Math.min(255, Number(v)))
        .toString(16)
        .padStart(2, "0"),
    )
    .join("");
  return { color: `#${hex}`, opacity: rgba[4] === undefined ? 1 : Number(rgba[4]) };
}

function paintAttrs(kind: "fill" | "stroke", color: string): string {
  const paint = svgPaint(color);
  return paint.opacity < 1
    ? `${kind}="${paint.color}" ${kind}-opacity="${num(paint.opacity)}"`
    : `${kind}="${paint.color}"`;
}

function themed(color: string, theme: Theme): string {
  if (color === DIMMED_NODE) return theme.dimmedNode;
  if (color === DIMMED_EDGE) return theme.dimmedEdge;
  return color;
}

/** Angle for text along a direction, turned so it never reads upside down. */
function uprightAngle(dx: number, dy: number): number {
  let angle = (Math.atan2(dy, dx) * 180) / Math.PI;
  if (angle > 90) angle -= 180;
  if (angle < -90) angle += 180;
  return angle;
}

/**
 * Confirmed relations are solid; every other status is dashed, as on the canvas, so a printed path still
 * tells an allegation from a fact. Round caps would lengthen the dashes into each other.
 */
function lineStyle(status: string, width: number): string {
  if (status === "confirmed") return `stroke-linecap="round"`;
  const dash = Math.max(6, 3 * width);
  return `stroke-dasharray="${num(dash)} ${num(dash * 0.6)}" stroke-linecap="butt"`;
}

/** The relation's line and arrowhead, and its label apart: labels go on top of the entities, as on screen. */
function edgeMarkup(edge: SceneEdge, nodes: Map<string, SceneNode>, theme: Theme): { shape: string; label: string } {
  const none = { shape: "", label: "" };
  const s = nodes.get(edge.source);
  const t = nodes.get(edge.target);
  if (!s || !t) return none;
  const length = Math.hypot(t.x - s.x, t.y - s.y);
  if (length < s.size + t.size + 1) return none;
  const color = themed(edge.color, theme);
  const w = Math.max(0.5, edge.width);
  const headLength = edge.undirected ? 0 : Math.max(5, w * 2.5);
  const headHalf = Math.max(2.5, w * 1.1);
  // The curve's control point, as @sigma/edge-curve places it (y pointing down).
  const c =
    edge.curvature === null
      ? null
      : {
          x: (s.x + t.x) / 2 + (t.y - s.y) * edge.curvature,
          y: (s.y + t.y) / 2 - (t.x - s.x) * edge.curvature,
        };
  const from = c ?? s;
  const ux = (t.x - from.x) / Math.hypot(t.x - from.x, t.y - from.y);
  const uy = (t.y - from.y) / Math.hypot(t.x - from.x, t.y - from.y);
  const tip = { x: t.x - ux * t.size, y: t.y - uy * t.size };
  const end = { x: tip.x - ux * headLength, y: tip.y - uy * headLength };
  const start = c
    ? {
        x: s.x + ((c.x - s.x) / Math.hypot(c.x - s.x, c.y - s.y)) * s.size,
        y: s.y + ((c.y - s.y) / Math.hypot(c.x - s.x, c.y - s.y)) * s.size,
      }
    : { x: s.x + ux * s.size, y: s.y + uy * s.size };
  const stroke = `${paintAttrs("stroke", color)} stroke-width="${num(w)}" fill="none" ${lineStyle(edge.status, w)}`;
  const line = c
    ? `<path d="M${num(start.x)},${num(start.y)} Q${num(c.x)},${num(c.y)} ${num(end.x)},${num(end.y)}" ${stroke}/>`
    : `<line x1="${num(start.x)}" y1="${num(start.y)}" x2="${num(end.x)}" y2="${num(end.y)}" ${stroke}/>`;
  const head = [
    tip,
    { x: end.x - uy * headHalf, y: end.y + ux * headHalf },
    { x: end.x + uy * headHalf, y: end.y - ux * headHalf },
  ];
  const arrow = edge.undirected
    ? ""
    : `<polygon points="${head.map((p) => `${num(p.x)},${num(p.y)}`).join(" ")}" ${paintAttrs("fill", color)}/>`;
  let label = "";
  if (edge.label) {
    const mid = c
      ? { x: 0.25 * s.x + 0.5 * c.x + 0.25 * t.x, y: 0.25 * s.y + 0.5 * c.y + 0.25 * t.y }
      : { x: (start.x + tip.x) / 2, y: (start.y + tip.y) / 2 };
    const angle = uprightAngle(t.x - s.x, t.y - s.y);
    label =
      `<text x="0" y="${num(-(w / 2 + 4))}" transform="translate(${num(mid.x)},${num(mid.y)}) rotate(${num(angle)})" ` +
      `text-anchor="middle" font-size="${EDGE_LABEL.size}" fill="${theme.edgeLabel}" class="edge-label">${escapeXml(edge.label)}</text>`;
  }
  return { shape: `<g data-id="${escapeXml(edge.id)}">${line}${arrow}</g>`, label };
}

function nodeMarkup(node: SceneNode, theme: Theme): string {
  const color = themed(node.color, theme);
  const ring = node.highlighted ? ` stroke="${theme.text}" stroke-width="2"` : "";
  return node.shape === "square"
    ? `<rect x="${num(node.x - node.size)}" y="${num(node.y - node.size)}" width="${num(2 * node.size)}" height="${num(2 * node.size)}" ${paintAttrs("fill", color)}${ring}/>`
    : `<circle cx="${num(node.x)}" cy="${num(node.y)}" r="${num(node.size)}" ${paintAttrs("fill", color)}${ring}/>`;
}

/** Where a label's text starts, as on the canvas: beside the disc on its side, centred above or below. */
function labelAnchor(node: SceneNode): { x: number; y: number; anchor: string } {
  const gap = node.size + 5;
  switch (node.labelSide ?? "right") {
    case "left":
      return { x: node.x - gap, y: node.y + NODE_LABEL.size / 3, anchor: "end" };
    case "below":
      return { x: node.x, y: node.y + gap + NODE_LABEL.size * 0.9, anchor: "middle" };
    case "above":
      return { x: node.x, y: node.y - gap - NODE_LABEL.size * 0.3, anchor: "middle" };
    default:
      return { x: node.x + gap, y: node.y + NODE_LABEL.size / 3, anchor: "start" };
  }
}

function nodeLabelMarkup(node: SceneNode, theme: Theme): string {
  if (!node.label) return "";
  const at = labelAnchor(node);
  const anchor = at.anchor === "start" ? "" : `text-anchor="${at.anchor}" `;
  return (
    `<text x="${num(at.x)}" y="${num(at.y)}" ${anchor}font-size="${NODE_LABEL.size}" ` +
    `font-weight="${NODE_LABEL.weight}" fill="${theme.text}" stroke="${theme.halo}" stroke-width="3" ` +
    `stroke-linejoin="round" paint-order="stroke" class="node-label">${escapeXml(node.label)}</text>`
  );
}

/** Greedy line filling: items joined by a separator, an item too long for a line split at spaces. */
export function wrapItems(
  items: readonly string[],
  width: number,
  measure: (text: string) => number,
  separator = " · ",
): string[] {
  const words = items.flatMap((item, i) => {
    const parts = item.split(" ");
    return parts.map((part, j) => ({ text: part, joinBefore: j === 0 ? (i === 0 ? "" : separator) : " " }));
  });
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const candidate = line ? `${line}${word.joinBefore}${word.text}` : word.text;
    if (line && measure(candidate) > width) {
      lines.push(word.joinBefore === separator ? `${line}${separator.trimEnd()}` : line);
      line = word.text;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

interface Block {
  height: number;
  markup(top: number): string;
}

function headerBlock(extras: SvgExtras, theme: Theme): Block | null {
  const title = extras.title.trim();
  if (!title && !extras.dateLine) return null;
  const titleSize = 18;
  const dateSize = 11;
  const height =
    PAD + (title ? titleSize : 0) + (title && extras.dateLine ? 6 : 0) + (extras.dateLine ? dateSize : 0) + 8;
  return {
    height,
    markup: (top) => {
      let y = top + PAD;
      let out = "";
      if (title) {
        y += titleSize;
        out += `<text x="${PAD}" y="${num(y - 3)}" font-size="${titleSize}" font-weight="700" fill="${theme.text}" class="title">${escapeXml(title)}</text>`;
      }
      if (extras.dateLine) {
        y += (title ? 6 : 0) + dateSize;
        out += `<text x="${PAD}" y="${num(y - 1)}" font-size="${dateSize}" fill="${theme.muted}" class="date">${escapeXml(extras.dateLine)}</text>`;
      }
      return out;
    },
  };
}

function swatchWidth(entry: LegendEntry): number {
  if (entry.shape === "dashed") return 26;
  return entry.shape === "line" ? 18 : 10;
}

function legendSwatch(entry: LegendEntry, left: number, cy: number): string {
  const line = (style: string) =>
    `<line x1="${left}" y1="${num(cy)}" x2="${left + swatchWidth(entry)}" y2="${num(cy)}" stroke="${entry.color}" stroke-width="3" ${style}/>`;
  switch (entry.shape) {
    case "line":
      return line(`stroke-linecap="round"`);
    case "dashed":
      return line(`stroke-dasharray="6 4" stroke-linecap="butt" class="legend-dashed"`);
    case "square":
      return `<rect x="${left}" y="${num(cy - 5)}" width="10" height="10" fill="${entry.color}"/>`;
    case "circle":
      return `<circle cx="${left + 5}" cy="${num(cy)}" r="5" fill="${entry.color}"/>`;
  }
}

function legendBlock(entries: LegendEntry[], width: number, theme: Theme, measure: MeasureText): Block | null {
  if (entries.length === 0) return null;
  const size = 11;
  const rowHeight = 18;
  const placed: { entry: LegendEntry; x: number; row: number }[] = [];
  let x = PAD;
  let row = 0;
  for (const entry of entries) {
    const itemWidth = swatchWidth(entry) + 5 + measure(entry.label, size, 400) + 16;
    if (x > PAD && x + itemWidth > width - PAD) {
      row += 1;
      x = PAD;
    }
    placed.push({ entry, x, row });
    x += itemWidth;
  }
  return {
    height: (row + 1) * rowHeight + 4,
    markup: (top) =>
      `<g class="legend">` +
      placed
        .map(({ entry, x: left, row: r }) => {
          const cy = top + 4 + r * rowHeight + rowHeight / 2;
          const textX = left + swatchWidth(entry) + 5;
          return `${legendSwatch(entry, left, cy)}<text x="${textX}" y="${num(cy + size / 3)}" font-size="${size}" fill="${theme.text}">${escapeXml(entry.label)}</text>`;
        })
        .join("") +
      `</g>`,
  };
}

/** A small muted list under the picture, its first item after a heading, wrapped to the width. */
function noteListBlock(
  className: string,
  heading: string,
  items: string[],
  width: number,
  theme: Theme,
  measure: MeasureText,
): Block | null {
  if (items.length === 0) return null;
  const size = 10;
  const lineHeight = 14;
  const lines = wrapItems([`${heading} ${items[0]}`, ...items.slice(1)], width - 2 * PAD, (t) => measure(t, size, 400));
  return {
    height: lines.length * lineHeight + 6,
    markup: (top) =>
      `<g class="${className}">` +
      lines
        .map(
          (line, i) =>
            `<text x="${PAD}" y="${num(top + 4 + (i + 1) * lineHeight - 3)}" font-size="${size}" fill="${theme.muted}">${escapeXml(line)}</text>`,
        )
        .join("") +
      `</g>`,
  };
}

/** `pixelScale` sets the width and height attributes only, for rasterising at a higher density. */
export function writeSvg(
  scene: ExportScene,
  extras: SvgExtras,
  background: ExportBackground,
  measure: MeasureText = approximateTextWidth,
  pixelScale = 1,
): SvgDocument {
  const theme = THEMES[background];
  const width = Math.round(scene.width);
  const header = headerBlock(extras, theme);
  const footer = [
    extras.legend ? legendBlock(extras.legend, width, theme, measure) : null,
    // Every entity drawn is named in the file: on the picture, or here.
    scene.unlabelled
      ? noteListBlock("unlabelled", "Also shown, unlabelled for room:", scene.unlabelled, width, theme, measure)
      : null,
    extras.sources ? noteListBlock("sources", "Sources:", extras.sources, width, theme, measure) : null,
  ].filter((b): b is Block => b !== null);
  const graphTop = header?.height ?? 0;
  const graphHeight = Math.round(scene.height);
  const footerHeight = footer.length > 0 ? footer.reduce((sum, b) => sum + b.height, 0) + 8 : 0;
  const height = graphTop + graphHeight + footerHeight;

  const nodes = new Map(scene.nodes.map((n) => [n.id, n]));
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${num(width * pixelScale)}" height="${num(height * pixelScale)}" ` +
      `viewBox="0 0 ${width} ${height}" font-family="${EXPORT_FONT}">`,
  );
  parts.push(
    `<defs><clipPath id="graph-area"><rect x="0" y="${graphTop}" width="${width}" height="${graphHeight}"/></clipPath></defs>`,
  );
  if (theme.background) parts.push(`<rect width="100%" height="100%" fill="${theme.background}"/>`);
  if (header) parts.push(`<g class="header">${header.markup(0)}</g>`);
  parts.push(`<g class="graph" clip-path="url(#graph-area)"><g transform="translate(0,${graphTop})">`);
  const edges = scene.edges.map((e) => edgeMarkup(e, nodes, theme));
  parts.push(`<g class="edges">${edges.map((e) => e.shape).join("")}</g>`);
  parts.push(`<g class="nodes">${scene.nodes.map((n) => nodeMarkup(n, theme)).join("")}</g>`);
  parts.push(`<g class="edge-labels">${edges.map((e) => e.label).join("")}</g>`);
  parts.push(`<g class="labels">${scene.nodes.map((n) => nodeLabelMarkup(n, theme)).join("")}</g>`);
  parts.push(`</g></g>`);
  if (footer.length > 0) {
    let top = graphTop + graphHeight;
    parts.push(`<line x1="${PAD}" y1="${top + 0.5}" x2="${width - PAD}" y2="${top + 0.5}" stroke="${theme.rule}"/>`);
    top += 4;
    for (const block of footer) {
      parts.push(block.markup(top));
      top += block.height;
    }
  }
  parts.push(`</svg>`);
  return { svg: parts.join(""), width, height };
}
