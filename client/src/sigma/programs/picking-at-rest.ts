// Sigma draws every item twice a frame: on screen, and in its id colour into the picking buffer that
// hover and clicks read. While the view moves nobody points at an item, so the second drawing waits
// until the view rests; without a GPU that halves the cost of a moving frame.
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import type { Program } from "sigma/rendering";
import { programClassWrapper, type ProgramClass } from "./program-class-wrapper.js";

type RenderParams = Parameters<Program["render"]>[0];

/** Sigma's own test for "the view is moving" (it also uses it to hide relations and labels while moving). */
export function isViewMoving<N extends Attributes, E extends Attributes, G extends Attributes>(
  sigma: Sigma<N, E, G>,
): boolean {
  const mouse = sigma.getMouseCaptor();
  return (
    sigma.getCamera().isAnimated() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0
  );
}

/** Renderers whose picking buffers were left out of a frame drawn while the view moved. */
const pickingPending = new WeakSet<object>();

export const pickingAtRest = programClassWrapper((Always: ProgramClass) => {
  abstract class AtRest extends Always {
    override render(params: RenderParams): void {
      if (!this.pickProgram || !isViewMoving(this.renderer)) return super.render(params);
      const pick = this.pickProgram;
      this.pickProgram = null;
      try {
        super.render(params);
      } finally {
        this.pickProgram = pick;
      }
      pickingPending.add(this.renderer);
    }
  }
  return AtRest;
});

/**
 * Draws one more frame once the view comes to rest after frames without picking. Sigma does not always
 * draw one: a drag released without inertia ends on a frame drawn while moving.
 */
export function redrawPickingAtRest<N extends Attributes, E extends Attributes, G extends Attributes>(
  sigma: Sigma<N, E, G>,
): () => void {
  let waiting = 0;
  const waitForRest = () => {
    if (isViewMoving(sigma)) {
      waiting = requestAnimationFrame(waitForRest);
      return;
    }
    waiting = 0;
    pickingPending.delete(sigma);
    sigma.scheduleRender();
  };
  const afterRender = () => {
    if (waiting === 0 && pickingPending.delete(sigma)) waiting = requestAnimationFrame(waitForRest);
  };
  sigma.on("afterRender", afterRender);
  return () => {
    sigma.off("afterRender", afterRender);
    cancelAnimationFrame(waiting);
  };
}
