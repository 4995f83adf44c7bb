// The canvas's own drawing (sigma with our de-instanced programs, picking drawn only at rest): every
// entity shows in its colour where the renderer says it is, and after the view is dragged the entities
// under the pointer can still be clicked.
import { expect, test, type Page } from "@playwright/test";
import { PNG } from "pngjs";
import { clickNode, waitForCanvas, waitForStillCanvas } from "./support.js";

interface DrawnNode {
  id: string;
  x: number;
  y: number;
  radius: number;
  color: string;
}

function drawnNodes(page: Page): Promise<DrawnNode[]> {
  return page.evaluate(() => {
    const hook = window.__explorer!;
    return hook.visibleNodeIds().map((id) => ({ id, ...hook.nodePosition(id)!, ...hook.nodeDisplay(id)! }));
  });
}

const rgbOf = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

/** A node that no other node's disc comes near, so its centre pixel is its own. */
function standsAlone(node: DrawnNode, all: DrawnNode[]) {
  return all.every((o) => o === node || Math.hypot(o.x - node.x, o.y - node.y) > o.radius + node.radius + 4);
}

test("every entity is drawn in its colour at the point where the renderer places it", async ({ page }) => {
  await page.goto("/");
  await waitForCanvas(page, 10);
  await waitForStillCanvas(page);
  const nodes = await drawnNodes(page);
  const png = PNG.sync.read(await page.getByTestId("graph-canvas").screenshot());
  const alone = nodes.filter((n) => standsAlone(n, nodes) && /^#[0-9a-f]{6}$/i.test(n.color));
  expect(alone.length, "entities with room around them").toBeGreaterThan(5);
  const wrong = alone.filter((n) => {
    const at = (Math.round(n.y) * png.width + Math.round(n.x)) * 4;
    const pixel = [png.data[at]!, png.data[at + 1]!, png.data[at + 2]!];
    return rgbOf(n.color).some((channel, i) => Math.abs(channel - pixel[i]!) > 24);
  });
  // A label drawn across a centre may hide a few; a broken program shows none in place.
  expect(wrong.length, `entities not drawn at their centre: ${wrong.map((n) => n.id).join(", ")}`).toBeLessThanOrEqual(
    Math.floor(alone.length / 5),
  );
});

test("after dragging the view, an entity under the pointer is found and selected", async ({ page }) => {
  await page.goto("/");
  await waitForCanvas(page, 10);
  await waitForStillCanvas(page);
  const box = (await page.getByTestId("graph-canvas").boundingBox())!;
  const nodes = await drawnNodes(page);
  // Press on empty background, so the drag pans the view instead of moving an entity.
  let start: { x: number; y: number } | undefined;
  for (let y = 40; y < box.height - 40 && !start; y += 20) {
    for (let x = 40; x < box.width - 140 && !start; x += 20) {
      if (nodes.every((n) => Math.hypot(n.x - x, n.y - y) > n.radius + 30)) start = { x, y };
    }
  }
  expect(start, "an empty spot on the canvas").toBeDefined();
  const before = nodes.find((n) => n.id === "org:microsoft")!;
  await page.mouse.move(box.x + start!.x, box.y + start!.y);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++) {
    await page.mouse.move(box.x + start!.x + step * 8, box.y + start!.y + step * 5);
  }
  // Held still until sigma no longer counts the drag as moving: no glide after the release, so the last frame
  // was drawn while moving.
  await page.waitForFunction(() => window.__explorer!.dragMoving() === false, undefined, { timeout: 5_000 });
  await page.mouse.up();
  // The browser also reports the press and release as a click: clickNode waits until sigma lets go of it.
  await waitForStillCanvas(page);
  const after = await page.evaluate(() => window.__explorer!.nodePosition("org:microsoft")!);
  expect(Math.hypot(after.x - before.x, after.y - before.y), "the view moved").toBeGreaterThan(40);

  await clickNode(page, "org:microsoft");
  await expect(page.getByTestId("node-details")).toContainText("Microsoft");
});

test("parallel relations are drawn as curves, through the middle of their bend", async ({ page }) => {
  await page.goto("/");
  await waitForCanvas(page, 10);
  await waitForStillCanvas(page);
  const nodes = await drawnNodes(page);
  const curves = await page.evaluate(() => {
    const hook = window.__explorer!;
    return hook.visibleEdgeIds().flatMap((id) => {
      const display = hook.edgeDisplay(id)!;
      const { source, target } = hook.edgeData(id)!;
      if (display.type !== "curved" || Math.abs(display.curvature ?? 0) < 0.1) return [];
      return [{ id, curvature: display.curvature!, from: hook.nodePosition(source)!, to: hook.nodePosition(target)! }];
    });
  });
  // The middle of the curve (t = ½ on the quadratic Bézier sigma bends relations with) on screen, away
  // from the straight line between the two ends (which another relation of the pair may follow).
  const probes = curves.flatMap(({ id, curvature, from, to }) => {
    const [dx, dy] = [to.x - from.x, to.y - from.y];
    const straight = { x: (from.x + to.x) / 2, y: (from.y + to.y) / 2 };
    const bent = { x: straight.x + (curvature * dy) / 2, y: straight.y - (curvature * dx) / 2 };
    const clear = (p: { x: number; y: number }) => nodes.every((n) => Math.hypot(n.x - p.x, n.y - p.y) > n.radius + 6);
    return Math.hypot(bent.x - straight.x, bent.y - straight.y) > 8 && clear(bent) ? [{ id, bent }] : [];
  });
  // The seeds hold parallel relations (Trump–Amazon and Microsoft–JEDI among them); the layout decides
  // which of their bends stay clear of entities.
  expect(probes.length, "curved relations away from entities").toBeGreaterThanOrEqual(2);

  const png = PNG.sync.read(await page.getByTestId("graph-canvas").screenshot());
  // Inked: some pixel within 2 px is clearly darker than the white background.
  const inked = (p: { x: number; y: number }) => {
    for (let dy = -2; dy <= 2; dy++) {
      for (let dx = -2; dx <= 2; dx++) {
        const at = (Math.round(p.y + dy) * png.width + Math.round(p.x + dx)) * 4;
        if (png.data[at]! + png.data[at + 1]! + png.data[at + 2]! < 3 * 225) return true;
      }
    }
    return false;
  };
  const blank = probes.filter((p) => !inked(p.bent)).map((p) => p.id);
  expect(blank, "curved relations with nothing drawn at the middle of their bend").toEqual([]);
});
