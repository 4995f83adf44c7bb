// The measurements in the page: time to first frame (creating the renderer until two animation frames
// later, when its first drawing is on screen), and frames per second while the camera moves, either set
// by the page every frame or moved by the user's mouse (the runner drives that; the page counts the frames
// the renderer drew in, see drawing-probe.ts).
import { drewSinceLastAsked } from "./drawing-probe.js";
import type { RenderGraph } from "./render-graph.js";
import { boundsOf, type BenchRenderer, type RendererFactory } from "./renderers/renderer.js";

export interface FrameCount {
  /** Frames in which the renderer drew, per second: the rate at which the picture moves. */
  fps: number;
  frames: number;
  /** Every frame the browser showed, per second, drawn in or not. */
  browserFps: number;
  /** The longest gap between two frames. */
  worstFrameMs: number;
}

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));

export async function openRenderer(
  factory: RendererFactory,
  container: HTMLElement,
  graph: RenderGraph,
): Promise<{ renderer: BenchRenderer; timeToFirstFrameMs: number }> {
  const started = performance.now();
  const renderer = await factory(container, graph);
  await nextFrame();
  await nextFrame();
  return { renderer, timeToFirstFrameMs: performance.now() - started };
}

/** Counts animation frames, and those the renderer drew in, until stopped. */
export function countFrames(): { stop(): FrameCount } {
  let frames = 0;
  let drawnFrames = 0;
  let worstFrameMs = 0;
  let begin: number | undefined;
  let previous = 0;
  let running = true;
  const tick = (now: number) => {
    if (!running) return;
    const drew = drewSinceLastAsked();
    if (begin === undefined) begin = now;
    else {
      frames += 1;
      if (drew) drawnFrames += 1;
      worstFrameMs = Math.max(worstFrameMs, now - previous);
    }
    previous = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return {
    stop() {
      running = false;
      const seconds = begin === undefined ? 0 : (previous - begin) / 1000;
      const perSecond = (count: number) => (seconds > 0 ? count / seconds : 0);
      return { fps: perSecond(drawnFrames), frames: drawnFrames, browserFps: perSecond(frames), worstFrameMs };
    },
  };
}

/** The camera set every frame: a slow orbit around the middle, zooming from the whole graph to 4× and back every 2 s. */
export async function orbitCamera(renderer: BenchRenderer, graph: RenderGraph, seconds: number): Promise<FrameCount> {
  const b = boundsOf(graph);
  const width = b.maxX - b.minX;
  const height = b.maxY - b.minY;
  const counter = countFrames();
  const begin = await nextFrame();
  for (;;) {
    const t = ((await nextFrame()) - begin) / 1000;
    if (t >= seconds) break;
    const angle = t * Math.PI;
    const zoom = 1 + 1.5 * (1 - Math.cos(t * Math.PI));
    renderer.setCamera(
      b.minX + width * (0.5 + 0.2 * Math.cos(angle)),
      b.minY + height * (0.5 + 0.2 * Math.sin(angle)),
      zoom,
    );
  }
  return counter.stop();
}
