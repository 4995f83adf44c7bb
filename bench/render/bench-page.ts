// The render benchmark page (built by Vite from bench/render/): window.__renderBench opens one renderer
// on one graph, measures it, and answers its figures, or the error the renderer threw.
import { installDrawingProbe } from "./drawing-probe.js";
import { countFrames, openRenderer, orbitCamera, type FrameCount } from "./measure.js";
import type { RenderGraph } from "./render-graph.js";
import { createCytoscapeRenderer } from "./renderers/cytoscape.js";
import { createNvlRenderer } from "./renderers/nvl.js";
import { boundsOf, type BenchRenderer, type RendererFactory } from "./renderers/renderer.js";
import { createSigmaRenderer } from "./renderers/sigma.js";
import { createVisRenderer } from "./renderers/vis-network.js";

export const RENDERERS = {
  "explorer (sigma)": createSigmaRenderer,
  "neovis.js (vis-network)": createVisRenderer,
  "Neo4j NVL": createNvlRenderer,
  "Cytoscape.js": createCytoscapeRenderer,
} satisfies Record<string, RendererFactory>;

export type RendererName = keyof typeof RENDERERS;

export type Outcome<T> = ({ ok: true } & T) | { ok: false; error: string };

export interface RenderBenchPage {
  open(name: RendererName, graph: RenderGraph): Promise<Outcome<{ timeToFirstFrameMs: number }>>;
  orbit(seconds: number): Promise<Outcome<FrameCount>>;
  /** Frames counted between these two calls, while the runner moves the mouse; the whole graph in view first. */
  startCounting(): void;
  stopCounting(): Outcome<FrameCount>;
  close(): void;
}

declare global {
  interface Window {
    __renderBench?: RenderBenchPage;
  }
}

installDrawingProbe();

let open: { renderer: BenchRenderer; graph: RenderGraph; container: HTMLElement } | undefined;
let counter: ReturnType<typeof countFrames> | undefined;

const failure = (error: unknown) => ({
  ok: false as const,
  error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
});

window.__renderBench = {
  async open(name, graph) {
    const container = document.createElement("div");
    container.style.cssText = "position:absolute;inset:0;";
    document.getElementById("stage")!.replaceChildren(container);
    try {
      const opened = await openRenderer(RENDERERS[name], container, graph);
      open = { renderer: opened.renderer, graph, container };
      return { ok: true, timeToFirstFrameMs: opened.timeToFirstFrameMs };
    } catch (error) {
      container.remove();
      return failure(error);
    }
  },
  async orbit(seconds) {
    try {
      return { ok: true, ...(await orbitCamera(open!.renderer, open!.graph, seconds)) };
    } catch (error) {
      return failure(error);
    }
  },
  startCounting() {
    const b = boundsOf(open!.graph);
    open!.renderer.setCamera((b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2, 1);
    counter = countFrames();
  },
  stopCounting() {
    return counter ? { ok: true, ...counter.stop() } : failure(new Error("frames were not being counted"));
  },
  close() {
    open?.renderer.destroy();
    open?.container.remove();
    open = undefined;
  },
};
