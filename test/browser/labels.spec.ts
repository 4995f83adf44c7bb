// Labels on the seed graph, at two window sizes: every label sigma draws lies wholly inside the canvas (none
// cut at an edge), no two overlap, the hubs and most entities are labelled at the first view, and the canvas's outermost
// pixels hold no label ink.
import { expect, test, type Page } from "@playwright/test";
import { PNG } from "pngjs";
import { screenshot, waitForCanvas, waitForStillCanvas } from "./support.js";

/** Labels as drawn once the placement has settled (it runs a frame after the view comes to rest). */
async function settledLabels(page: Page) {
  let previous = "";
  for (let attempt = 0; attempt < 20; attempt++) {
    const boxes = await page.evaluate(() => window.__explorer!.labelBoxes());
    const now = JSON.stringify(boxes);
    if (now === previous && boxes.length > 0) return boxes;
    previous = now;
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  throw new Error("the labels never settled");
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1600, height: 900 },
]) {
  test(`no label is cut at the canvas edge or overlaps another at ${size.width}×${size.height}`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto("/");
    await waitForCanvas(page, 10);
    await waitForStillCanvas(page);
    const boxes = await settledLabels(page);
    await screenshot(page, `labels-seed-${size.width}x${size.height}`);
    const canvas = (await page.getByTestId("graph-canvas").boundingBox())!;
    const entities = await page.evaluate(() => window.__explorer!.visibleNodeIds().length);

    const clipped = boxes.filter((b) => b.x1 < 0 || b.y1 < 0 || b.x2 > canvas.width || b.y2 > canvas.height);
    expect(
      clipped.map((b) => b.text),
      "labels crossing the canvas edge",
    ).toEqual([]);
    const overlapping = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
        .map((b) => `${a.text} / ${b.text}`),
    );
    expect(overlapping, "overlapping labels").toEqual([]);
    // The seed graph at its first view: the ten most connected entities carry their label, and so do two in
    // three or more of all (the rest are small ones in crowded places, labelled once zoomed in).
    const hubs = await page.evaluate(() => {
      const hook = window.__explorer!;
      const degree = new Map<string, number>();
      for (const id of hook.visibleEdgeIds()) {
        const edge = hook.edgeData(id)!;
        for (const end of [edge.source, edge.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
      }
      return [...degree]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 10)
        .map(([id]) => id);
    });
    const labelled = new Set(boxes.map((b) => b.id));
    expect(
      hubs.filter((id) => !labelled.has(id)),
      "hubs without a label",
    ).toEqual([]);
    expect(boxes.length / entities).toBeGreaterThanOrEqual(2 / 3);

    // Label ink is the only near-black on the canvas: none of it in the outermost two pixels.
    const png = PNG.sync.read(await page.getByTestId("graph-canvas").screenshot());
    const darkAtEdge: string[] = [];
    for (let y = 0; y < png.height; y++) {
      for (let x = 0; x < png.width; x++) {
        if (x > 1 && y > 1 && x < png.width - 2 && y < png.height - 2) continue;
        const at = (y * png.width + x) * 4;
        if (png.data[at]! < 90 && png.data[at + 1]! < 90 && png.data[at + 2]! < 90) darkAtEdge.push(`${x},${y}`);
      }
    }
    expect(darkAtEdge.slice(0, 10), "dark (label) pixels on the canvas border").toEqual([]);
  });
}
