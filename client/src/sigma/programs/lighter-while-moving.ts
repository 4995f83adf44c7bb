// Frames drawn while the view moves leave out what nobody can use mid-move. Sigma draws every item
// twice a frame: on screen, and in its id colour into the picking buffer that hover and clicks read;
// the second drawing waits until the view rests. On large canvases relations and labels wait too (as
// Gephi Lite does). Without a GPU that is most of a moving frame's cost.
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import type { CameraState } from "sigma/types";
import { EdgeProgram, type Program } from "sigma/rendering";
import { programClassWrapper, type ProgramClass } from "./program-class-wrapper.js";
import { withoutPicking } from "./unpicked-program.js";

type RenderParams = Parameters<Program["render"]>[0];

/** Each renderer's last frame (kept by redrawAtRest): its camera, and whether code had just set it. */
const drawnFrames = new WeakMap<object, { camera: CameraState; cameraSetByCode: boolean }>();

/**
 * Sigma's own test for "the view is moving" (it also uses it to hide labels while moving), and a camera
 * that code keeps setting, frame after frame: a script or an orbit moves the view without the mouse. A
 * camera set once (a shared link, the last step of a glide) is drawn whole at once, so that a click
 * right after finds what is under it.
 */
export function isViewMoving<N extends Attributes, E extends Attributes, G extends Attributes>(
  sigma: Sigma<N, E, G>,
): boolean {
  const last = drawnFrames.get(sigma);
  const now = sigma.getCamera().getState();
  return sigmaSeesMoving(sigma) || (last !== undefined && last.cameraSetByCode && cameraMoved(last.camera, now));
}

function sigmaSeesMoving<N extends Attributes, E extends Attributes, G extends Attributes>(sigma: Sigma<N, E, G>) {
  const mouse = sigma.getMouseCaptor();
  return (
    sigma.getCamera().isAnimated() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0
  );
}

function cameraMoved(before: CameraState, after: CameraState): boolean {
  return before.x !== after.x || before.y !== after.y || before.ratio !== after.ratio || before.angle !== after.angle;
}

/** Renderers that leave relations and labels out while the view moves. */
const leanRenderers = new WeakSet<object>();
/** Renderers that left something out of a frame drawn while the view moved. */
const restFramePending = new WeakSet<object>();

/**
 * Large canvases leave relations and labels out while the view moves, as Gephi Lite does. Sigma's own
 * `hideEdgesOnMove` redraws with `refresh()` after a drag, which runs every reducer over every entity and
 * relation again each time the mouse is released; its `hideLabelsOnMove` (kept, as it also skips finding
 * which labels fit) misses a camera set by code, which `drawnOnlyAtRest` label drawers catch.
 */
export function leanWhileMoving<N extends Attributes, E extends Attributes, G extends Attributes>(
  sigma: Sigma<N, E, G>,
  lean: boolean,
): void {
  if (lean) leanRenderers.add(sigma);
  else leanRenderers.delete(sigma);
  if (sigma.getSetting("hideLabelsOnMove") !== lean) sigma.setSetting("hideLabelsOnMove", lean);
}

/** A label drawer that draws nothing while the view of a lean renderer moves. */
export function drawnOnlyAtRest<
  N extends Attributes,
  E extends Attributes,
  G extends Attributes,
  Args extends unknown[],
>(draw: (...args: Args) => void, sigma: Sigma<N, E, G>): (...args: Args) => void {
  return (...args) => {
    if (leanRenderers.has(sigma) && isViewMoving(sigma)) return;
    draw(...args);
  };
}

export const lighterWhileMoving = programClassWrapper((Always: ProgramClass) => {
  abstract class LighterWhileMoving extends Always {
    override render(params: RenderParams): void {
      if (!isViewMoving(this.renderer)) return super.render(params);
      restFramePending.add(this.renderer);
      if (this instanceof EdgeProgram && leanRenderers.has(this.renderer)) return;
      withoutPicking(this, () => super.render(params));
    }
  }
  return LighterWhileMoving;
});

/**
 * Draws one whole frame once the view comes to rest after lighter ones. Sigma does not always draw
 * one: a drag released without glide ends on a frame drawn while moving.
 */
export function redrawAtRest<N extends Attributes, E extends Attributes, G extends Attributes>(
  sigma: Sigma<N, E, G>,
): () => void {
  let waiting = 0;
  const waitForRest = () => {
    if (isViewMoving(sigma)) {
      waiting = requestAnimationFrame(waitForRest);
      return;
    }
    waiting = 0;
    restFramePending.delete(sigma);
    sigma.scheduleRender();
  };
  const afterRender = () => {
    const last = drawnFrames.get(sigma);
    const camera = sigma.getCamera().getState();
    const cameraSetByCode = last !== undefined && cameraMoved(last.camera, camera) && !sigmaSeesMoving(sigma);
    drawnFrames.set(sigma, { camera, cameraSetByCode });
    if (waiting === 0 && restFramePending.delete(sigma)) waiting = requestAnimationFrame(waitForRest);
  };
  sigma.on("afterRender", afterRender);
  return () => {
    sigma.off("afterRender", afterRender);
    cancelAnimationFrame(waiting);
  };
}
