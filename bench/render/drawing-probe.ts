// Which animation frames a renderer drew in. Every WebGL draw call and every 2D canvas paint raises a
// flag that the frame counter reads and lowers once a frame: a browser frame in which nothing was drawn
// shows the picture of the frame before, so it is not a frame of motion and is not counted as one.
let drew = false;
let installed = false;

const WEBGL_DRAWS = ["drawArrays", "drawElements", "drawArraysInstanced", "drawElementsInstanced", "drawRangeElements"];
const INSTANCED_EXTENSION_DRAWS = ["drawArraysInstancedANGLE", "drawElementsInstancedANGLE"];
const CANVAS_2D_PAINTS = [
  "fill",
  "stroke",
  "fillRect",
  "strokeRect",
  "fillText",
  "strokeText",
  "drawImage",
  "putImageData",
];

function raiseFlagOn(prototype: object | undefined, methods: readonly string[]): void {
  if (!prototype) return;
  const target = prototype as Record<string, unknown>;
  for (const name of methods) {
    const original = target[name];
    if (typeof original !== "function") continue;
    target[name] = function (this: unknown, ...args: unknown[]) {
      drew = true;
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
}

/** Patches the drawing methods once, before any renderer makes a canvas context. */
export function installDrawingProbe(): void {
  if (installed) return;
  installed = true;
  const globals = globalThis as unknown as Record<string, { prototype: object } | undefined>;
  raiseFlagOn(globals.WebGLRenderingContext?.prototype, WEBGL_DRAWS);
  raiseFlagOn(globals.WebGL2RenderingContext?.prototype, WEBGL_DRAWS);
  raiseFlagOn(globals.ANGLEInstancedArrays?.prototype, INSTANCED_EXTENSION_DRAWS);
  raiseFlagOn(globals.CanvasRenderingContext2D?.prototype, CANVAS_2D_PAINTS);
  raiseFlagOn(globals.OffscreenCanvasRenderingContext2D?.prototype, CANVAS_2D_PAINTS);
}

/** Whether anything was drawn since the last call. */
export function drewSinceLastAsked(): boolean {
  const answer = drew;
  drew = false;
  return answer;
}
