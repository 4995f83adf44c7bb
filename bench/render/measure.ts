// The measurement in the page: time to first frame (creating the renderer until two animation frames
// later, when its first drawing is on screen) and frames per second while the camera pans and zooms.
import type { RenderGraph } from "./render-graph.js";
import { boundsOf, type RendererFactory } from "./renderers/renderer.js";

export interface RenderMeasurement {
  timeToFirstFrameMs: number;
  fps: number;
  frames: number;
  /** The longest gap between two frames during the animation. */
  worstFrameMs: number;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

export async function measureRenderer(
  factory: RendererFactory,
  container: HTMLElement,
  graph: RenderGraph,
  seconds: number,
): Promise<RenderMeasurement> {
  const started = performance.now();
  const renderer = await factory(container, graph);
  await nextFrame();
  await nextFrame();
  const timeToFirstFrameMs = performance.now() - started;

  const b = boundsOf(graph);
  const width = b.maxX - b.minX;
  const height = b.maxY - b.minY;
  let frames = 0;
  let worstFrameMs = 0;
  const begin = await nextFrame();
  let previous = begin;
  try {
    for (;;) {
      const now = await nextFrame();
      frames += 1;
      worstFrameMs = Math.max(worstFrameMs, now - previous);
      previous = now;
      const t = (now - begin) / 1000;
      if (t >= seconds) break;
      // A slow orbit around the middle while zooming from the whole graph to 4× and back every 2 s.
      const angle = t * Math.PI;
      const zoom = 1 + 1.5 * (1 - Math.cos(t * Math.PI));
      renderer.setCamera(
        b.minX + width * (0.5 + 0.2 * Math.cos(angle)),
        b.minY + height * (0.5 + 0.2 * Math.sin(angle)),
        zoom,
      );
    }
    return { timeToFirstFrameMs, fps: frames / ((previous - begin) / 1000), frames, worstFrameMs };
  } finally {
    renderer.destroy();
  }
}
