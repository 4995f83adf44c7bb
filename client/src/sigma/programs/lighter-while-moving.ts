// Frames drawn while the view moves leave out what nobody can use mid-move. Sigma draws every item
// twice a frame: on screen, and in its id colour into the picking buffer that hover and clicks read;
// the second drawing waits until the view rests. On large canvases relations wait too (as Gephi Lite
// does). Without a GPU that is most of a moving frame's cost.
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import { EdgeProgram, type Program } from "sigma/rendering";
import { programClassWrapper, type ProgramClass } from "./program-class-wrapper.js";
import { withoutPicking } from "./unpicked-program.js";

type RenderParams = Parameters<Program["render"]>[0];

/** Sigma's own test for "the view is moving" (it also uses it to hide labels while moving). */
export function isViewMoving<N extends Attributes, E extends Attributes, G extends Attributes>(
  sigma: Sigma<N, E, G>,
): boolean {
  const mouse = sigma.getMouseCaptor();
  return (
    sigma.getCamera().isAnimated() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0
  );
}

/** Renderers that leave relations out while the view moves. */
const relationsHiddenWhileMoving = new WeakSet<object>();
/** Renderers that left something out of a frame drawn while the view moved. */
const restFramePending = new WeakSet<object>();

/**
 * Sigma's own `hideEdgesOnMove` does the same but redraws with `refresh()` after a drag, which runs
 * every reducer over every entity and relation again each time the mouse is released.
 */
export function hideRelationsWhileMoving<N extends Attributes, E extends Attributes, G extends Attributes>(
  sigma: Sigma<N, E, G>,
  hide: boolean,
): void {
  if (hide) relationsHiddenWhileMoving.add(sigma);
  else relationsHiddenWhileMoving.delete(sigma);
}

export const lighterWhileMoving = programClassWrapper((Always: ProgramClass) => {
  abstract class LighterWhileMoving extends Always {
    override render(params: RenderParams): void {
      if (!isViewMoving(this.renderer)) return super.render(params);
      restFramePending.add(this.renderer);
      if (this instanceof EdgeProgram && relationsHiddenWhileMoving.has(this.renderer)) return;
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
    if (waiting === 0 && restFramePending.delete(sigma)) waiting = requestAnimationFrame(waitForRest);
  };
  sigma.on("afterRender", afterRender);
  return () => {
    sigma.off("afterRender", afterRender);
    cancelAnimationFrame(waiting);
  };
}
