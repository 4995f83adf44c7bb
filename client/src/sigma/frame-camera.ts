// The camera that shows a set of entities whole: centred on them, zoomed so that every one of them and
// the label beside it is inside the canvas (a found path with both ends in view, a selection, an expand).
import type { CameraState } from "sigma/types";
import type { ExplorerSigma } from "./canvas-controller.js";

/** Room kept at each side of the canvas, in pixels: a label beside an entity at the edge still fits. */
export const FRAME_PADDING = { x: 150, y: 50 };
/** The closest a frame zooms in: a path of two neighbours is not blown up to fill the screen. */
const CLOSEST_RATIO = 0.15;

export function frameRatio(
  extent: { width: number; height: number },
  viewport: { width: number; height: number },
  padding = FRAME_PADDING,
): number {
  const room = {
    width: Math.max(1, viewport.width - 2 * padding.x),
    height: Math.max(1, viewport.height - 2 * padding.y),
  };
  return Math.max(CLOSEST_RATIO, extent.width / room.width, extent.height / room.height);
}

export function frameCamera(sigma: ExplorerSigma, ids: readonly string[]): CameraState {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  const points = ids.flatMap((id) => {
    const data = sigma.getNodeDisplayData(id);
    return data ? [{ x: data.x, y: data.y }] : [];
  });
  for (const p of points) {
    minX = Math.min(minX, p.x);
    maxX = Math.max(maxX, p.x);
    minY = Math.min(minY, p.y);
    maxY = Math.max(maxY, p.y);
  }
  const angle = sigma.getCamera().getState().angle;
  if (points.length === 0) return { x: 0.5, y: 0.5, ratio: 1, angle };
  const centre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  // Where the entities fall at ratio 1 around that centre; the ratio scales those pixel distances.
  const atOne = { ...centre, ratio: 1, angle };
  const onScreen = points.map((p) => sigma.framedGraphToViewport(p, { cameraState: atOne }));
  const extent = {
    width: Math.max(...onScreen.map((p) => p.x)) - Math.min(...onScreen.map((p) => p.x)),
    height: Math.max(...onScreen.map((p) => p.y)) - Math.min(...onScreen.map((p) => p.y)),
  };
  return { ...centre, ratio: frameRatio(extent, sigma.getDimensions()), angle };
}
