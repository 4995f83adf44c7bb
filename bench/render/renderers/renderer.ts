// What the render benchmark needs from each renderer: draw a graph at fixed positions, move the camera
// to a centre (in graph coordinates) and zoom (1 = the whole graph fits), and go away.
import type { RenderGraph } from "../render-graph.js";

export interface BenchRenderer {
  setCamera(centerX: number, centerY: number, zoom: number): void;
  destroy(): void;
}

export type RendererFactory = (container: HTMLElement, graph: RenderGraph) => BenchRenderer | Promise<BenchRenderer>;

export interface Bounds {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

export function boundsOf(graph: RenderGraph): Bounds {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (const { x, y } of graph.nodes) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  return { minX, maxX, minY, maxY };
}

/** Kind colours shared by the peers, so they draw the same amount of colour. */
export const KIND_COLORS: Record<string, string> = {
  Person: "#2563eb",
  Organization: "#16a34a",
  Contract: "#d97706",
  Product: "#9333ea",
};
