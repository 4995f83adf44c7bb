// Level of detail for large canvases: how many of their hairline relations are drawn at a zoom level.
// All of them once few enough are in view; zoomed out, one in 2, 4, 8 or 16, evenly spread, so that
// about HAIRLINE_BUDGET lines are drawn. Without a GPU each line's pixels are filled on the CPU, and a
// whole view of 250,000 lines costs ~0.6 s a frame; a sample of them shows the same tangle.

export const HAIRLINE_BUDGET = 25_000;
export const MAX_HAIRLINE_STRIDE = 16;

/** Draw one hairline in this many; `cameraRatio` is sigma's (1 shows the whole graph, 0.5 a quarter). */
export function hairlineStride(lines: number, cameraRatio: number): number {
  const inView = lines * Math.min(1, cameraRatio * cameraRatio);
  let stride = 1;
  while (stride < MAX_HAIRLINE_STRIDE && inView / stride > HAIRLINE_BUDGET) stride *= 2;
  return stride;
}
