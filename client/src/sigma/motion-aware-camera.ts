// A sigma camera that counts as moving whenever code sets it, not only while sigma glides it or the mouse
// drags it: sigma 4 asks `camera.isAnimating()` before each frame to apply hideEdgesOnMove and
// hideLabelsOnMove, and a camera set by a script or an orbit frame after frame drew every relation and
// its picking pass each time (5 s a frame at 5,000 relations without a GPU). The frame after the view
// rests is drawn whole.
import { Camera } from "sigma";
import type { CameraState } from "sigma/types";

export class MotionAwareCamera extends Camera {
  private changedSinceFrame = false;
  private restCheck = 0;

  /** `redraw` asks sigma for a whole frame once the view rests after frames lightened while it moved. */
  constructor(private readonly redraw: () => void) {
    super();
  }

  override setState(state: Partial<CameraState>): this {
    const before = this.getState();
    super.setState(state);
    const after = this.getState();
    if (before.x !== after.x || before.y !== after.y || before.ratio !== after.ratio || before.angle !== after.angle)
      this.changedSinceFrame = true;
    return this;
  }

  override isAnimating(): boolean {
    return super.isAnimating() || this.changedSinceFrame;
  }

  /** Sigma drew a frame ("afterRender"): once two frames pass with no change, a lightened view is redrawn. */
  frameDrawn(): void {
    const drawnMoving = this.isAnimating();
    this.changedSinceFrame = false;
    if (!drawnMoving) return;
    cancelAnimationFrame(this.restCheck);
    this.restCheck = requestAnimationFrame(() => {
      this.restCheck = requestAnimationFrame(() => {
        this.restCheck = 0;
        if (!this.isAnimating()) this.redraw();
      });
    });
  }

  dispose(): void {
    cancelAnimationFrame(this.restCheck);
  }
}
