// The one sigma instance and everything that talks to it: programs by node kind and edge shape,
// reducers, hover focus, clicks, double-clicks, dragging, camera and the layout worker.
import { MultiDirectedGraph } from "graphology";
import Sigma from "sigma";
import { drawDiscNodeLabel, drawStraightEdgeLabel } from "sigma/rendering";
import type { CameraState } from "sigma/types";
import type { CanvasState } from "../core/canvas/canvas-state.js";
import type { Positions } from "../core/url-state/positions.js";
import { syncGraph, type EdgeAttributes, type ExplorerGraph, type NodeAttributes } from "./graph-sync.js";
import { drawnOnlyAtRest, leanWhileMoving, redrawAtRest } from "./programs/lighter-while-moving.js";
import { EDGE_PROGRAM_CLASSES, NODE_PROGRAM_CLASSES } from "./programs/program-classes.js";
import { createLayoutController, type LayoutController } from "./layout-controller.js";
import {
  createEdgeReducer,
  createNodeReducer,
  crowdingScale,
  DETAILED_EDGES_MAX,
  type HoverState,
  type RenderView,
} from "./reducers.js";

export interface CanvasCallbacks {
  onClickNode(id: string, additive: boolean): void;
  onDoubleClickNode(id: string): void;
  onClickEdge(id: string, additive: boolean): void;
  onClickStage(): void;
  onNodeDragged(id: string): void;
  onCameraChange(camera: CameraState): void;
  onLayoutChange(running: boolean): void;
  /** Positions came to rest: the layout stopped or a dragged entity was dropped. */
  onPositionsSettled(): void;
}

/** Entities whose rendered size (sigma's radius, in pixels, at full size) is below this go without a label. */
const LABEL_SIZE_THRESHOLD = 7;

export interface CanvasController {
  readonly graph: ExplorerGraph;
  readonly sigma: Sigma<NodeAttributes, EdgeAttributes>;
  readonly layout: LayoutController;
  setCanvas(canvas: CanvasState, presets?: Positions | null): void;
  positions(): Positions;
  setView(view: RenderView): void;
  fit(ids?: readonly string[]): void;
  kill(): void;
}

export function createCanvasController(container: HTMLElement, view: RenderView, callbacks: CanvasCallbacks) {
  const graph: ExplorerGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  let currentView = view;
  const hover: HoverState = { node: null, edge: null };
  let sizeScale = 1;

  const sigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    allowInvalidContainer: true,
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    zIndex: true,
    labelFont: "Inter, system-ui, sans-serif",
    labelSize: 12,
    labelWeight: "500",
    labelColor: { color: "#1f2937" },
    edgeLabelFont: "Inter, system-ui, sans-serif",
    edgeLabelSize: 11,
    edgeLabelColor: { color: "#475569" },
    labelDensity: 0.5,
    labelGridCellSize: 90,
    labelRenderedSizeThreshold: LABEL_SIZE_THRESHOLD,
    minCameraRatio: 0.05,
    maxCameraRatio: 8,
    stagePadding: 40,
    defaultEdgeType: "arrow",
    nodeProgramClasses: NODE_PROGRAM_CLASSES,
    edgeProgramClasses: EDGE_PROGRAM_CLASSES,
    nodeReducer: createNodeReducer(
      graph,
      () => currentView,
      () => hover,
      () => sizeScale,
    ),
    edgeReducer: createEdgeReducer(
      graph,
      () => currentView,
      () => hover,
    ),
  });

  sigma.setSettings({
    defaultDrawNodeLabel: drawnOnlyAtRest(drawDiscNodeLabel, sigma),
    defaultDrawEdgeLabel: drawnOnlyAtRest(drawStraightEdgeLabel, sigma),
  });
  const stopRedrawingAtRest = redrawAtRest(sigma);
  const layout = createLayoutController(graph, (running) => {
    callbacks.onLayoutChange(running);
    if (!running) callbacks.onPositionsSettled();
  });

  const setHover = (next: Partial<HoverState>) => {
    Object.assign(hover, next);
    sigma.refresh({ skipIndexation: true });
  };
  sigma.on("enterNode", ({ node }) => setHover({ node, edge: null }));
  sigma.on("leaveNode", () => setHover({ node: null }));
  sigma.on("enterEdge", ({ edge }) => setHover({ edge, node: null }));
  sigma.on("leaveEdge", () => setHover({ edge: null }));

  // Dragging a node moves it and pins it where it is dropped.
  let dragged: string | null = null;
  let dragMoved = false;
  sigma.on("downNode", ({ node }) => {
    dragged = node;
    dragMoved = false;
  });
  sigma.getMouseCaptor().on("mousemovebody", (event) => {
    if (!dragged) return;
    const position = sigma.viewportToGraph(event);
    graph.mergeNodeAttributes(dragged, { x: position.x, y: position.y });
    dragMoved = true;
    event.preventSigmaDefault();
    event.original.preventDefault();
    event.original.stopPropagation();
  });
  sigma.getMouseCaptor().on("mouseup", () => {
    if (dragged && dragMoved) {
      callbacks.onNodeDragged(dragged);
      callbacks.onPositionsSettled();
    }
    dragged = null;
  });

  sigma.on("clickNode", ({ node, event }) => {
    if (dragMoved) return;
    callbacks.onClickNode(node, event.original.shiftKey);
  });
  sigma.on("doubleClickNode", ({ node, event }) => {
    event.preventSigmaDefault();
    callbacks.onDoubleClickNode(node);
  });
  sigma.on("clickEdge", ({ edge, event }) => callbacks.onClickEdge(edge, event.original.shiftKey));
  sigma.on("clickStage", () => callbacks.onClickStage());
  sigma.getCamera().on("updated", (state) => callbacks.onCameraChange(state));

  const controller: CanvasController = {
    graph,
    sigma,
    layout,
    setCanvas(canvas, presets = null) {
      const unplaced = syncGraph(graph, canvas, presets);
      leanWhileMoving(sigma, graph.size > DETAILED_EDGES_MAX);
      // Entities drawn smaller on a crowded canvas keep their labels as they would at full size.
      sizeScale = crowdingScale(graph);
      const labelThreshold = LABEL_SIZE_THRESHOLD * sizeScale;
      if (sigma.getSetting("labelRenderedSizeThreshold") !== labelThreshold)
        sigma.setSetting("labelRenderedSizeThreshold", labelThreshold);
      sigma.refresh();
      if (unplaced > 0) layout.start();
      else layout.restartIfRunning();
    },
    positions() {
      const positions: Positions = {};
      graph.forEachNode((id, a) => {
        positions[id] = { x: a.x, y: a.y };
      });
      return positions;
    },
    setView(next) {
      currentView = next;
      sigma.refresh();
    },
    fit(ids) {
      const nodes = ids?.filter((id) => graph.hasNode(id)) ?? [];
      if (nodes.length === 0) {
        sigma.getCamera().animatedReset({ duration: 300 });
        return;
      }
      let minX = Infinity,
        maxX = -Infinity,
        minY = Infinity,
        maxY = -Infinity;
      for (const id of nodes) {
        const data = sigma.getNodeDisplayData(id);
        if (!data) continue;
        minX = Math.min(minX, data.x);
        maxX = Math.max(maxX, data.x);
        minY = Math.min(minY, data.y);
        maxY = Math.max(maxY, data.y);
      }
      const ratio = Math.min(1, Math.max(0.15, Math.max(maxX - minX, maxY - minY) * 1.25));
      sigma.getCamera().animate({ x: (minX + maxX) / 2, y: (minY + maxY) / 2, ratio }, { duration: 300 });
    },
    kill() {
      layout.kill();
      stopRedrawingAtRest();
      sigma.kill();
    },
  };
  return controller;
}
