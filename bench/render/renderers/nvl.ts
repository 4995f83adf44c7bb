// Neo4j's NVL (the renderer of Neo4j Browser/Bloom's newer tools), WebGL, with the "free" layout so
// the same fixed positions stay put; telemetry off; panning and wheel zoom by Neo4j's own handlers.
import { NVL } from "@neo4j-nvl/base";
import { PanInteraction, ZoomInteraction } from "@neo4j-nvl/interaction-handlers";
import { boundsOf, KIND_COLORS, type RendererFactory } from "./renderer.js";

export const createNvlRenderer: RendererFactory = (container, graph) => {
  const nodes = graph.nodes.map((n) => ({
    id: n.id,
    x: n.x,
    y: n.y,
    color: KIND_COLORS[n.kind],
    size: 8,
    caption: n.label,
  }));
  const rels = graph.edges.map((e) => ({ id: e.id, from: e.source, to: e.target }));
  const nvl = new NVL(container, nodes, rels, {
    layout: "free",
    renderer: "webgl",
    disableTelemetry: true,
    minZoom: 0.0001,
    maxZoom: 100,
    allowDynamicMinZoom: true,
  });
  const interactions = [new PanInteraction(nvl), new ZoomInteraction(nvl)];
  const bounds = boundsOf(graph);
  const fitZoom = Math.min(
    container.clientWidth / (bounds.maxX - bounds.minX),
    container.clientHeight / (bounds.maxY - bounds.minY),
  );
  return {
    setCamera: (cx, cy, zoom) => nvl.setZoomAndPan(fitZoom * zoom, cx, cy),
    destroy: () => {
      for (const interaction of interactions) interaction.destroy();
      nvl.destroy();
    },
  };
};
