// neovis.js's renderer: vis-network (canvas 2D), with physics off and the same fixed positions.
import { DataSet, Network } from "vis-network/standalone";
import { boundsOf, KIND_COLORS, type RendererFactory } from "./renderer.js";

export const createVisRenderer: RendererFactory = (container, graph) => {
  const nodes = new DataSet(
    graph.nodes.map((n) => ({
      id: n.id,
      label: n.label,
      x: n.x,
      y: n.y,
      color: KIND_COLORS[n.kind],
      shape: "dot",
      size: 8,
    })),
  );
  const edges = new DataSet(graph.edges.map((e) => ({ id: e.id, from: e.source, to: e.target, arrows: "to" })));
  const network = new Network(container, { nodes, edges }, { physics: false, layout: { improvedLayout: false } });
  const bounds = boundsOf(graph);
  const fitScale = Math.min(
    container.clientWidth / (bounds.maxX - bounds.minX),
    container.clientHeight / (bounds.maxY - bounds.minY),
  );
  return {
    setCamera: (cx, cy, zoom) =>
      network.moveTo({ position: { x: cx, y: cy }, scale: fitScale * zoom, animation: false }),
    destroy: () => network.destroy(),
  };
};
