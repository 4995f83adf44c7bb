// Reads what sigma draws right now into an export scene: on-screen pixel positions, sizes, colours
// and the labels it shows, for the current view, the selection or everything shown.
import type { ExportScope } from "../core/export/export-options.js";
import { cropScene, frameScene, type ExportScene, type SceneEdge, type SceneNode } from "../core/export/scene.js";
import type { CanvasController } from "./canvas-controller.js";
import { isEdgeDrawn } from "./hairline-layer.js";
import { LABEL_FONT_SIZE } from "./label-controller.js";
import { labelPriority, placeLabels, type LabelSide } from "./label-placement.js";
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
    if (!data || !isEdgeDrawn(data) || !drawn(source) || !drawn(target)) return;
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

/** The room kept beside the picture for labels: long titles go left or right of their entity, or unlabelled. */
const LABEL_ROOM_MAX = 100;

/**
 * Gives the file's labels their sides, and lists by name the entities drawn without one. The view keeps
 * the canvas's placement; a framed scene gets its own, as its entities moved (label-placement.ts).
 */
function settleLabels(
  controller: CanvasController,
  scene: ExportScene,
  request: SceneRequest,
  placement: ReadonlyMap<string, LabelSide> | null,
): ExportScene {
  const { graph } = controller;
  const nameOf = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, "label") : id);
  const sides =
    placement ??
    placeLabels(
      scene.nodes.flatMap((n) =>
        n.label
          ? [
              {
                id: n.id,
                x: n.x,
                y: n.y,
                radius: n.size,
                width: request.labelWidth(n),
                height: LABEL_FONT_SIZE * 1.25,
                priority: labelPriority({
                  hovered: false,
                  selected: n.highlighted,
                  onPath: false,
                  degree: graph.hasNode(n.id) ? graph.degree(n.id) : 0,
                }),
              },
            ]
          : [],
      ),
      scene,
      scene.nodes.map((n) => ({ id: n.id, x: n.x, y: n.y, radius: n.size })),
    );
  const nodes = scene.nodes.map((n): SceneNode => {
    const side = sides.get(n.id);
    if (n.label && (side || placement === null)) return side ? { ...n, labelSide: side } : { ...n, label: null };
    return n;
  });
  const unlabelled = nodes.filter((n) => !n.label).map((n) => nameOf(n.id));
  return { ...scene, nodes, unlabelled: [...new Set(unlabelled)].sort((a, b) => a.localeCompare(b)) };
}

export function readExportScene(controller: CanvasController, request: SceneRequest): ExportScene {
  if (request.scope === "view") {
    const view = cropScene(readDrawing(controller, "screen"));
    return settleLabels(controller, view, request, controller.labelPlacement() as ReadonlyMap<string, LabelSide>);
  }
  const drawing = readDrawing(controller, "all");
  let keep: Set<string>;
  if (request.scope === "selection") {
    keep = new Set(request.selectedNodes);
    for (const id of request.selectedEdges) {
      if (!controller.graph.hasEdge(id)) continue;
      keep.add(controller.graph.source(id));
      keep.add(controller.graph.target(id));
    }
    const drawn = new Set(drawing.nodes.map((n) => n.id));
    keep = new Set([...keep].filter((id) => drawn.has(id)));
  } else {
    keep = new Set(drawing.nodes.map((n) => n.id));
  }
  const framed = frameScene(drawing, keep, {
    width: drawing.width,
    height: drawing.height,
    padding: 24,
    labelWidth: (node) => Math.min(LABEL_ROOM_MAX, request.labelWidth(node)),
  });
  return settleLabels(controller, framed, request, null);
}
