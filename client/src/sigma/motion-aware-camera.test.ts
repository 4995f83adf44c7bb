import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// Sigma reads WebGL constants when it is imported; node has no WebGL, and the camera draws nothing.
vi.hoisted(() => {
  const globals = globalThis as Record<string, unknown>;
  globals.WebGL2RenderingContext ??= new Proxy({}, { get: () => 0 });
});
const { MotionAwareCamera } = await import("./motion-aware-camera.js");

describe("a camera that code moves", () => {
  let frames: FrameRequestCallback[] = [];
  const runFrame = () => {
    const due = frames;
    frames = [];
    for (const callback of due) callback(0);
  };

  beforeEach(() => {
    frames = [];
    vi.stubGlobal("requestAnimationFrame", (callback: FrameRequestCallback) => frames.push(callback));
    vi.stubGlobal("cancelAnimationFrame", (id: number) => {
      if (id > 0) frames[id - 1] = () => undefined;
    });
  });
  afterEach(() => vi.unstubAllGlobals());

  it("counts as moving from a change until the frame that draws it, so sigma lightens that frame", () => {
    const camera = new MotionAwareCamera(() => undefined);
    expect(camera.isAnimating()).toBe(false);
    camera.setState({ x: 0.7, ratio: 0.5 });
    expect(camera.isAnimating()).toBe(true);
    camera.frameDrawn();
    expect(camera.isAnimating()).toBe(false);
  });

  it("does not count a state set to what it already is as moving", () => {
    const camera = new MotionAwareCamera(() => undefined);
    camera.setState(camera.getState());
    expect(camera.isAnimating()).toBe(false);
  });

  it("asks for a whole frame once two frames pass without a change, and not while code keeps moving it", () => {
    const redraw = vi.fn();
    const camera = new MotionAwareCamera(redraw);
    camera.setState({ x: 0.6 });
    camera.frameDrawn();
    runFrame();
    camera.setState({ x: 0.62 });
    runFrame();
    expect(redraw).not.toHaveBeenCalled();
    camera.frameDrawn();
    runFrame();
    runFrame();
    expect(redraw).toHaveBeenCalledTimes(1);
  });
});
