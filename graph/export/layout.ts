// The drawing a user made of the graph, carried into files that keep it (GEXF, GraphML, graphology
// JSON): a position and a colour per node id. Checked up front so a bad value is named, not written.
import { z } from "zod";
import { InvalidInputError } from "../errors.js";

export interface ExportLayout {
  positions?: Record<string, { x: number; y: number }>;
  /** CSS colours by node (or edge) id: `#rgb`, `#rrggbb`, `#rrggbbaa`, `rgb(…)` or `rgba(…)`. */
  colors?: Record<string, string>;
}

export interface Rgba {
  r: number;
  g: number;
  b: number;
  /** 0..1; absent when opaque. */
  a?: number;
}

const Position = z.object({ x: z.number().finite(), y: z.number().finite() });
const LayoutSchema = z.object({
  positions: z.record(z.string(), Position).optional(),
  colors: z.record(z.string(), z.string()).optional(),
});

/** A layout whose colours are parsed; ids the graph does not hold are simply never looked up. */
export interface CheckedLayout {
  position(id: string): { x: number; y: number } | undefined;
  color(id: string): Rgba | undefined;
}

export function checkLayout(layout: ExportLayout | undefined): CheckedLayout {
  const parsed = LayoutSchema.safeParse(layout ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = ["layout", ...issue.path.map(String)].join(".");
    throw new InvalidInputError(`${field}: ${issue.message}`, { parameter: "layout", field });
  }
  const positions = parsed.data.positions ?? {};
  const colors = new Map<string, Rgba>();
  for (const [id, text] of Object.entries(parsed.data.colors ?? {})) {
    const rgba = parseColor(text);
    if (!rgba) {
      throw new InvalidInputError(
        `layout.colors["${id}"]: "${text}" is not a colour; use #rrggbb, #rgb, #rrggbbaa, rgb(r,g,b) or rgba(r,g,b,a)`,
        { parameter: "layout", field: `colors.${id}` },
      );
    }
    colors.set(id, rgba);
  }
  return {
    position: (id) => (Object.hasOwn(positions, id) ? positions[id] : undefined),
    color: (id) => colors.get(id),
  };
}

export function parseColor(text: string): Rgba | undefined {
  const value = text.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/.exec(value)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
    const byte = (i: number) => parseInt(full.slice(i, i + 2), 16);
    const rgb = { r: byte(0), g: byte(2), b: byte(4) };
    return full.length === 8 ? { ...rgb, a: round(byte(6) / 255) } : rgb;
  }
  const fn = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*(\d*\.?\d+)\s*)?\)$/.exec(value);
  if (!fn) return undefined;
  const [r, g, b] = [fn[1], fn[2], fn[3]].map(Number) as [number, number, number];
  if (r > 255 || g > 255 || b > 255) return undefined;
  if (fn[4] === undefined) return { r, g, b };
  const a = Number(fn[4]);
  return a <= 1 ? { r, g, b, a } : undefined;
}

/** `#rrggbb`, the form GraphML readers and sigma take. */
export function hexOf(color: Rgba): string {
  return `#${[color.r, color.g, color.b].map((n) => n.toString(16).padStart(2, "0")).join("")}`;
}

/** Hex when opaque, `rgba(…)` when not: what sigma and CSS read. */
export function cssColorOf(color: Rgba): string {
  return color.a === undefined ? hexOf(color) : `rgba(${color.r},${color.g},${color.b},${color.a})`;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
