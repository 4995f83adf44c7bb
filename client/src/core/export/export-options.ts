// What an image export is asked for (what to draw, as what, how big, on which background, with which
// extras) and the pixel size it comes out at, capped so no side exceeds 8192 pixels.

export type ExportScope = "view" | "selection" | "all";
export type ExportFormat = "png" | "svg";
export type ExportBackground = "white" | "transparent" | "dark";

export interface ExportOptions {
  scope: ExportScope;
  format: ExportFormat;
  /** Pixel density for PNG: 1, 2 or 4 times the size on screen. SVG is vector and ignores it. */
  scale: number;
  background: ExportBackground;
  title: string;
  legend: boolean;
  date: boolean;
  /** A footer naming the publishers and dates of the evidence shown. */
  sources: boolean;
}

export const EXPORT_SCALES = [1, 2, 4] as const;
export const MAX_IMAGE_SIDE = 8192;

export function getDefaultExportOptions(): ExportOptions {
  return {
    scope: "view",
    format: "png",
    scale: 2,
    background: "white",
    title: "",
    legend: true,
    date: true,
    sources: true,
  };
}

export interface PixelSize {
  width: number;
  height: number;
  /** The scale actually used: lower than asked when the image would exceed the side limit. */
  scale: number;
  capped: boolean;
}

/** The PNG size for a drawing of `width` × `height` CSS pixels at `scale`. */
export function pixelSize(width: number, height: number, scale: number): PixelSize {
  if (!(width > 0 && height > 0)) throw new RangeError(`cannot export an empty drawing (${width} × ${height})`);
  const limit = MAX_IMAGE_SIDE / Math.max(width, height);
  const used = Math.min(scale, limit);
  return {
    width: Math.max(1, Math.floor(width * used)),
    height: Math.max(1, Math.floor(height * used)),
    scale: used,
    capped: used < scale,
  };
}

export function exportFileName(options: Pick<ExportOptions, "title" | "format">, now: Date): string {
  const slug = options.title
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  const day = now.toISOString().slice(0, 10);
  return `${slug || "relationship-explorer"}-${day}.${options.format}`;
}
