// Builds an export from what the canvas shows: snapshots the drawing for each scope, looks up the
// sources cited, writes the SVG, and rasterises it to PNG at the chosen scale.
import type { SourceCache } from "../api/source-cache.js";
import type { CanvasState } from "../core/canvas/canvas-state.js";
import { citedSourceIds, dateLineOf, legendOf, sourceLines } from "../core/export/decorations.js";
import { pixelSize, type ExportOptions, type ExportScope, type PixelSize } from "../core/export/export-options.js";
import type { ExportScene } from "../core/export/scene.js";
import { writeSvg, type MeasureText, type SvgDocument } from "../core/export/svg-writer.js";
import type { TimeWindow } from "../core/filters/filters.js";
import type { CanvasController } from "../sigma/canvas-controller.js";
import { readExportScene } from "../sigma/export-scene.js";
import { rasterizeSvg } from "./rasterize.js";

export type SceneSnapshot = Record<ExportScope, ExportScene | null>;

/** Taken when the export dialog opens, so what is exported is what the analyst was looking at. */
export function snapshotScenes(
  controller: CanvasController,
  selection: { nodes: readonly string[]; edges: readonly string[] },
  measure: MeasureText,
): SceneSnapshot {
  const request = (scope: ExportScope) =>
    readExportScene(controller, {
      scope,
      selectedNodes: selection.nodes,
      selectedEdges: selection.edges,
      labelWidth: (node) => (node.label ? measure(node.label, 12, 500) : 0),
    });
  const hasSelection = selection.nodes.length + selection.edges.length > 0;
  return { view: request("view"), all: request("all"), selection: hasSelection ? request("selection") : null };
}

export interface ExportContext {
  canvas: CanvasState;
  time: TimeWindow;
  sources: SourceCache;
  measure: MeasureText;
  now: Date;
}

export interface PreparedExport {
  document: SvgDocument;
  size: PixelSize;
  /** Sources that could not be loaded, named by id in the footer. */
  missingSources: string[];
}

async function sourcesFooter(scene: ExportScene, context: ExportContext) {
  const ids = citedSourceIds(scene, (id) => context.canvas.edges[id]?.evidence ?? []);
  const answers = await Promise.allSettled(ids.map((id) => context.sources.get(id)));
  const found = answers.flatMap((a) => (a.status === "fulfilled" ? [a.value.source] : []));
  const missing = ids.filter((_, i) => answers[i]?.status === "rejected");
  return { lines: [...sourceLines(found), ...missing], missing };
}

export async function prepareExport(
  scene: ExportScene,
  options: ExportOptions,
  context: ExportContext,
): Promise<PreparedExport> {
  const footer = options.sources ? await sourcesFooter(scene, context) : { lines: null, missing: [] };
  const extras = {
    title: options.title,
    dateLine: options.date ? dateLineOf(context.now, context.time) : null,
    legend: options.legend ? legendOf(scene) : null,
    sources: footer.lines,
  };
  const flat = writeSvg(scene, extras, options.background, context.measure);
  const size = pixelSize(flat.width, flat.height, options.format === "png" ? options.scale : 1);
  // The PNG's pixel size goes in the SVG's width/height, so the browser draws the vector at that size.
  const document =
    options.format === "png"
      ? writeSvg(scene, extras, options.background, context.measure, size.width / flat.width)
      : flat;
  return { document, size, missingSources: footer.missing };
}

export async function renderExport(prepared: PreparedExport, format: ExportOptions["format"]): Promise<Blob> {
  if (format === "svg") return new Blob([prepared.document.svg], { type: "image/svg+xml;charset=utf-8" });
  return rasterizeSvg(prepared.document.svg, prepared.size.width, prepared.size.height);
}
