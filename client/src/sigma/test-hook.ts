// A read-only window onto the canvas for browser tests: where entities and relations are drawn on
// screen and which of them the filters let through. Tests then click with the mouse like a person.
// Only test builds (`vite build --mode test`) install it; production bundles leave it out.
import type { CanvasController } from "./canvas-controller.js";
import { isEdgeDrawn } from "./hairline-layer.js";
import { LABEL_FONT_SIZE } from "./label-controller.js";
import { labelBox, type LabelSide } from "./label-placement.js";
import type { ExplorerEdgeDisplay } from "./reducers.js";

export interface ExplorerTestHook {
  nodeIds(): string[];
  edgeIds(): string[];
  /** Ids the renderer draws (not hidden by filters or the analyst). */
  visibleNodeIds(): string[];
  visibleEdgeIds(): string[];
  edgeData(
    id: string,
  ): { source: string; target: string; type: string; stance: string; status: string; start: string | null } | null;
  /** How the renderer draws a relation right now (colour, width, program, bend), to check highlighting. */
  edgeDisplay(
    id: string,
  ): { color: string; size: number; hidden: boolean; type: string; curvature: number | null } | null;
  /** How the renderer draws an entity right now: its colour and its radius on screen in pixels. */
  nodeDisplay(id: string): { color: string; radius: number; hidden: boolean } | null;
  /** Viewport pixel of a node's centre, relative to the canvas container. */
  nodePosition(id: string): { x: number; y: number } | null;
  /** Viewport pixel of the middle of a straight (non-parallel) relation. */
  edgeMidpoint(id: string): { x: number; y: number } | null;
  layoutRunning(): boolean;
  /** Whether the camera is gliding somewhere (after a fit or a view switch). */
  cameraMoving(): boolean;
  camera(): { x: number; y: number; ratio: number };
  /** Whether a drag still moves the view: released now, the view would glide on. */
  dragMoving(): boolean;
  /** Whether sigma still counts a recent click, so a click now would be taken as a double-click. */
  clickPending(): boolean;
  /** Every label drawn now: its entity, its text and its box in canvas pixels (text measured in the label font). */
  labelBoxes(): { id: string; text: string; x1: number; y1: number; x2: number; y2: number }[];
}

export function createTestHook(controller: CanvasController): ExplorerTestHook {
  const { graph, sigma } = controller;
  const mouse = sigma.getMouseCaptor();
  // A relation is drawn when it is visible and so are both its ends.
  const edgeShown = (id: string) =>
    isEdgeDrawn(sigma.getEdgeDisplayData(id)) &&
    graph.extremities(id).every((end) => sigma.getNodeDisplayData(end)?.visibility === "visible");
  const point = (id: string) => {
    if (!graph.hasNode(id)) return null;
    const { x, y } = graph.getNodeAttributes(id);
    return sigma.graphToViewport({ x, y });
  };
  return {
    nodeIds: () => graph.nodes(),
    edgeIds: () => graph.edges(),
    visibleNodeIds: () => graph.nodes().filter((id) => sigma.getNodeDisplayData(id)?.visibility === "visible"),
    visibleEdgeIds: () => graph.edges().filter((id) => edgeShown(id)),
    edgeData(id) {
      if (!graph.hasEdge(id)) return null;
      const a = graph.getEdgeAttributes(id);
      return {
        source: graph.source(id),
        target: graph.target(id),
        type: a.relType,
        stance: a.stance,
        status: a.status,
        start: a.start,
      };
    },
    edgeDisplay(id) {
      const data = sigma.getEdgeDisplayData(id) as (ExplorerEdgeDisplay & { curvature?: number }) | undefined;
      if (!data) return null;
      return {
        color: data.color ?? "",
        size: data.size ?? 0,
        hidden: !edgeShown(id),
        type: data.drawnAs ?? "arrow",
        curvature: data.curvature ?? null,
      };
    },
    nodeDisplay(id) {
      const data = sigma.getNodeDisplayData(id);
      return data
        ? { color: data.color, radius: sigma.scaleSize(data.size), hidden: data.visibility === "hidden" }
        : null;
    },
    nodePosition: point,
    edgeMidpoint(id) {
      if (!graph.hasEdge(id)) return null;
      const a = point(graph.source(id));
      const b = point(graph.target(id));
      return a && b ? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } : null;
    },
    layoutRunning: () => controller.layout.isRunning(),
    cameraMoving: () => sigma.getCamera().isAnimating(),
    camera: () => {
      const { x, y, ratio } = sigma.getCamera().getState();
      return { x, y, ratio };
    },
    dragMoving: () => mouse.isMoving,
    clickPending: () => mouse.clicks > 0,
    labelBoxes() {
      const context = document.createElement("canvas").getContext("2d")!;
      context.font = `500 ${LABEL_FONT_SIZE}px Inter, system-ui, sans-serif`;
      const placement = controller.labelPlacement();
      return [...sigma.getNodeDisplayedLabels()].flatMap((id) => {
        const data = sigma.getNodeDisplayData(id);
        if (!data?.label || data.visibility === "hidden") return [];
        const centre = sigma.framedGraphToViewport(data);
        const candidate = {
          id,
          ...centre,
          radius: sigma.scaleSize(data.size),
          width: context.measureText(data.label).width,
          height: LABEL_FONT_SIZE * 1.25,
          priority: 0,
        };
        const side = (placement.get(id) ?? data.labelPosition ?? "right") as LabelSide;
        return [{ id, text: data.label, ...labelBox(candidate, side) }];
      });
    },
  };
}
