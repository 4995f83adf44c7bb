// Cytoscape.js (canvas 2D) with a preset layout at the same fixed positions.
import cytoscape from "cytoscape";
import { boundsOf, KIND_COLORS, type RendererFactory } from "./renderer.js";

export const createCytoscapeRenderer: RendererFactory = (container, graph) => {
  const cy = cytoscape({
    container,
    elements: [
      ...graph.nodes.map((n) => ({
        group: "nodes" as const,
        data: { id: n.id, label: n.label, color: KIND_COLORS[n.kind] },
        position: { x: n.x, y: n.y },
      })),
      ...graph.edges.map((e) => ({ group: "edges" as const, data: { id: e.id, source: e.source, target: e.target } })),
    ],
    layout: { name: "preset" },
    style: [
      {
        selector: "node",
        style: { "background-color": "data(color)", label: "data(label)", width: 8, height: 8, "font-size": 6 },
      },
      { selector: "edge", style: { width: 1, "target-arrow-shape": "triangle", "curve-style": "straight" } },
    ],
  });
  const bounds = boundsOf(graph);
  const fitZoom = Math.min(
    container.clientWidth / (bounds.maxX - bounds.minX),
    container.clientHeight / (bounds.maxY - bounds.minY),
  );
  return {
    setCamera(cx, cy0, zoom) {
      const z = fitZoom * zoom;
      cy.viewport({ zoom: z, pan: { x: container.clientWidth / 2 - cx * z, y: container.clientHeight / 2 - cy0 * z } });
    },
    destroy: () => cy.destroy(),
  };
};
