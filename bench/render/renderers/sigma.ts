// Our explorer's renderer: the app's own canvas controller (sigma with our node/edge programs and
// reducers), given the graph as canvas state with preset positions so no layout runs.
import type { GraphEdge, GraphNode } from "../../../graph/model/index.js";
import type { CanvasState } from "../../../client/src/core/canvas/canvas-state.js";
import { createCanvasController } from "../../../client/src/sigma/canvas-controller.js";
import type { RenderView } from "../../../client/src/sigma/reducers.js";
import { boundsOf, type RendererFactory } from "./renderer.js";

export const createSigmaRenderer: RendererFactory = (container, graph) => {
  const nodes: Record<string, GraphNode> = {};
  const presets: Record<string, { x: number; y: number }> = {};
  for (const n of graph.nodes) {
    nodes[n.id] = { id: n.id, kind: n.kind, name: n.label, aliases: [], properties: {} } as unknown as GraphNode;
    presets[n.id] = { x: n.x, y: n.y };
  }
  const edges: Record<string, GraphEdge> = {};
  for (const e of graph.edges) {
    edges[e.id] = { ...e, date: null, amount: null, note: null, evidence: [] } as unknown as GraphEdge;
  }
  const canvas: CanvasState = { nodes, edges, hidden: [], pinned: [], more: {} };
  const view: RenderView = {
    visibility: { nodes: new Set(Object.keys(nodes)), edges: new Set(Object.keys(edges)) },
    selectedNodes: new Set(),
    selectedEdges: new Set(),
    path: null,
    more: {},
    pinned: new Set(),
  };
  const noop = () => undefined;
  const controller = createCanvasController(container, view, {
    onClickNode: noop,
    onDoubleClickNode: noop,
    onClickEdge: noop,
    onClickStage: noop,
    onNodeDragged: noop,
    onCameraChange: noop,
    onLayoutChange: noop,
    onPositionsSettled: noop,
  });
  controller.setCanvas(canvas, presets);
  const bounds = boundsOf(graph);
  const camera = controller.sigma.getCamera();
  return {
    // Sigma's camera works in the normalized frame where the whole graph spans 0..1.
    setCamera(cx, cy, zoom) {
      camera.setState({
        x: (cx - bounds.minX) / (bounds.maxX - bounds.minX),
        y: (cy - bounds.minY) / (bounds.maxY - bounds.minY),
        ratio: 1 / zoom,
      });
    },
    destroy: () => controller.kill(),
  };
};
