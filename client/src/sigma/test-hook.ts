// A read-only window onto the canvas for browser tests: where entities and relations are drawn on
// screen and which of them the filters let through. Tests then click with the mouse like a person.
// Only test builds (`vite build --mode test`) install it; production bundles leave it out.
import type { CanvasController } from "./canvas-controller.js";

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
}

export function createTestHook(controller: CanvasController): ExplorerTestHook {
  const { graph, sigma } = controller;
  const mouse = sigma.getMouseCaptor();
  const point = (id: string) => {
    if (!graph.hasNode(id)) return null;
    const { x, y } = graph.getNodeAttributes(id);
    return sigma.graphToViewport({ x, y });
  };
  return {
    nodeIds: () => graph.nodes(),
    edgeIds: () => graph.edges(),
    visibleNodeIds: () => graph.nodes().filter((id) => sigma.getNodeDisplayData(id)?.hidden === false),
    visibleEdgeIds: () => graph.edges().filter((id) => sigma.getEdgeDisplayData(id)?.hidden === false),
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
      const data = sigma.getEdgeDisplayData(id);
      if (!data) return null;
      const { color, size, hidden, type } = data;
      return { color, size, hidden, type, curvature: (data as { curvature?: number }).curvature ?? null };
    },
    nodeDisplay(id) {
      const data = sigma.getNodeDisplayData(id);
      return data ? { color: data.color, radius: sigma.scaleSize(data.size), hidden: data.hidden } : null;
    },
    nodePosition: point,
    edgeMidpoint(id) {
      if (!graph.hasEdge(id)) return null;
      const a = point(graph.source(id));
      const b = point(graph.target(id));
      return a && b ? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } : null;
    },
    layoutRunning: () => controller.layout.isRunning(),
    cameraMoving: () => sigma.getCamera().isAnimated(),
    camera: () => {
      const { x, y, ratio } = sigma.getCamera().getState();
      return { x, y, ratio };
    },
    dragMoving: () => mouse.isMoving,
    clickPending: () => mouse.clicks > 0,
  };
}
