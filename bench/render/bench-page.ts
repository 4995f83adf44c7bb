// The render benchmark page (built by Vite from bench/render/): window.__renderBench runs one renderer
// on one graph and answers its measurement, or the error the renderer threw.
import type { RenderGraph } from "./render-graph.js";
import { measureRenderer, type RenderMeasurement } from "./measure.js";
import { createCytoscapeRenderer } from "./renderers/cytoscape.js";
import { createNvlRenderer } from "./renderers/nvl.js";
import type { RendererFactory } from "./renderers/renderer.js";
import { createSigmaRenderer } from "./renderers/sigma.js";
import { createVisRenderer } from "./renderers/vis-network.js";

export const RENDERERS = {
  "explorer (sigma)": createSigmaRenderer,
  "neovis.js (vis-network)": createVisRenderer,
  "Neo4j NVL": createNvlRenderer,
  "Cytoscape.js": createCytoscapeRenderer,
} satisfies Record<string, RendererFactory>;

export type RendererName = keyof typeof RENDERERS;

export type RenderOutcome = ({ ok: true } & RenderMeasurement) | { ok: false; error: string };

declare global {
  interface Window {
    __renderBench?: { run(name: RendererName, graph: RenderGraph, seconds: number): Promise<RenderOutcome> };
  }
}

window.__renderBench = {
  async run(name, graph, seconds) {
    const stage = document.getElementById("stage")!;
    const container = document.createElement("div");
    container.style.cssText = "position:absolute;inset:0;";
    stage.replaceChildren(container);
    try {
      return { ok: true, ...(await measureRenderer(RENDERERS[name], container, graph, seconds)) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
    } finally {
      container.remove();
    }
  },
};
