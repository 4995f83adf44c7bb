// Reads what sigma draws right now into an export scene: on-screen pixel positions, sizes, colours
// and the labels it shows, for the current view, the selection or everything shown.
import type { ExportScope } from "../core/export/export-options.js";
import { cropScene, frameScene, type ExportScene, type SceneEdge, type SceneNode } from "../core/export/scene.js";
import type { CanvasController } from "./canvas-controller.js";
import { DIMMED_EDGE } from "./palette.js";
import type { ExplorerEdgeDisplay } from "./reducers.js";

export interface SceneRequest {
  scope: ExportScope;
  selectedNodes: readonly string[];
  selectedEdges: readonly string[];
  labelWidth(node: SceneNode): number;
}

/**
 * Everything sigma draws (not hidden), in viewport pixels at the current camera. The view keeps the labels
 * drawn on screen; the other scopes label every entity, as a file has no hover to ask with.
 */
function readDrawing(controller: CanvasController, labelsFor: "screen" | "all"): ExportScene {
  const { sigma, graph } = controller;
  const { width, height } = sigma.getDimensions();
  const shownLabels = sigma.getNodeDisplayedLabels();
  const shownEdgeLabels = sigma.getEdgeDisplayedLabels();
  const nodes: (SceneNode & { z: number })[] = [];
  const drawn = (id: string) => sigma.getNodeDisplayData(id)?.visibility === "visible";
  graph.forEachNode((id, attributes) => {
    const data = sigma.getNodeDisplayData(id);
    if (!data || data.visibility !== "visible") return;
    const point = sigma.framedGraphToViewport(data);
    const size = sigma.scaleSize(data.size);
    const labelled = shownLabels.has(id) || labelsFor === "all";
    nodes.push({
      id,
      kind: attributes.kind,
      x: point.x,
      y: point.y,
      size,
      color: data.color,
      shape: data.shape === "square" ? "square" : "circle",
      label: labelled ? (data.label ?? attributes.label) : null,
      highlighted: Boolean(data.highlighted),
      z: (data.depth === "topNodes" ? 10 : 0) + (data.zIndex ?? 0),
    });
  });
  const edges: (SceneEdge & { z: number })[] = [];
  graph.forEachEdge((id, attributes, source, target) => {
    const data = sigma.getEdgeDisplayData(id) as (ExplorerEdgeDisplay & { curvature?: number }) | undefined;
    if (!data || data.visibility !== "visible" || !drawn(source) || !drawn(target)) return;
    edges.push({
      id,
      source,
      target,
      stance: attributes.stance,
      status: attributes.status,
      ...(attributes.undirected ? { undirected: true } : {}),
      color: data.color ?? "",
      width: sigma.scaleSize(data.size ?? 1),
      // Sigma bends one of several relations between two entities; a lone one is straight.
      curvature: data.curvature ? data.curvature : null,
      label:
        shownEdgeLabels.has(id) || (labelsFor === "all" && data.labelVisibility === "visible")
          ? (data.label ?? null)
          : null,
      dimmed: data.color === DIMMED_EDGE,
      z: (data.depth === "topEdges" ? 10 : 0) + (data.zIndex ?? 0),
    });
  });
  // Sigma draws by depth layer, then zIndex, ties in graph order; a stable sort does the same.
  const byZ = <T extends { z: number }>(items: T[]) =>
    items.sort((a, b) => a.z - b.z).map(({ z: _z, ...rest }) => rest);
  return { width, height, nodes: byZ(nodes), edges: byZ(edges) };
}

export function readExportScene(controller: CanvasController, request: SceneRequest): ExportScene {
  if (request.scope === "view") return cropScene(readDrawing(controller, "screen"));
  const drawing = readDrawing(controller, "all");
  let keep: Set<string>;
  if (request.scope === "selection") {
    keep = new Set(request.selectedNodes);
    for (const id of request.selectedEdges) {
      if (!controller.graph.hasEdge(id)) continue;
      keep.add(controller.graph.source(id));
      keep.add(controller.graph.target(id));
    }
    // A selection is shown with every label: it is small, and that is why it was chosen.
    const drawn = new Set(drawing.nodes.map((n) => n.id));
    drawing.nodes = drawing.nodes.map((n) => {
      if (!keep.has(n.id)) return n;
      const data = controller.sigma.getNodeDisplayData(n.id);
      return { ...n, label: n.label ?? data?.label ?? null };
    });
    keep = new Set([...keep].filter((id) => drawn.has(id)));
  } else {
    keep = new Set(drawing.nodes.map((n) => n.id));
  }
  return frameScene(drawing, keep, {
    width: drawing.width,
    height: drawing.height,
    padding: 24,
    labelWidth: request.labelWidth,
  });
}
