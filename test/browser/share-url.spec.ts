// A shared link reproduces the view: the entities, the filters, the selection, the camera and the layout.
import { expect, test } from "@playwright/test";
import { clickNode, screenshot, waitForCamera, waitForCanvas } from "./support.js";

test("opening a copied URL restores the canvas, filters, selection, camera and layout", async ({ page, browser }) => {
  await page.goto("/");
  await waitForCanvas(page, 10);
  await page.getByRole("button", { name: "Partnerships" }).click();
  await waitForCamera(page);
  await clickNode(page, "org:amazon");
  await expect(page.getByTestId("node-details")).toContainText("Amazon");
  await page.getByTestId("graph-canvas").hover();
  await page.mouse.wheel(0, -300);
  await waitForCamera(page);
  // The link takes the camera a moment after it rests: wait until it holds the zoom the wheel ended on.
  await expect
    .poll(async () => {
      const linked = Number(new URL(page.url()).searchParams.get("cam")?.split(",")[2]);
      const ratio = (await page.evaluate(() => window.__explorer?.camera().ratio)) ?? NaN;
      return Math.abs(linked - ratio);
    })
    .toBeLessThan(0.0005);
  await expect(page).toHaveURL(/sel=org%3Aamazon/);
  await expect(page).toHaveURL(/cam=/);
  await expect(page).toHaveURL(/pos=[0-9a-z]+/);
  const url = page.url();
  const counts = await page.getByTestId("status-counts").textContent();
  const camera = await page.evaluate(() => window.__explorer?.camera());
  const where = () =>
    window.__explorer?.visibleNodeIds().map((id) => ({ id, at: window.__explorer?.nodePosition(id) })) ?? [];
  const before = await page.evaluate(where);

  const other = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await other.goto(url);
  await waitForCanvas(other, 5);
  await expect(other.getByRole("button", { name: "Partnerships" })).toHaveAttribute("aria-pressed", "true");
  await expect(other.getByTestId("node-details")).toContainText("Amazon");
  await expect(other.getByTestId("status-counts")).toHaveText(counts ?? "");
  const restored = await other.evaluate(() => window.__explorer?.camera());
  expect(restored?.ratio).toBeCloseTo(camera?.ratio ?? 0, 3);
  // The layout comes with the link: no new layout runs, and every entity is where the sender saw it.
  expect(await other.evaluate(() => window.__explorer?.layoutRunning())).toBe(false);
  const after = new Map((await other.evaluate(where)).map((n) => [n.id, n.at]));
  expect(after.size).toBe(before.length);
  for (const { id, at } of before) {
    const there = after.get(id);
    expect(Math.hypot((there?.x ?? 0) - (at?.x ?? 0), (there?.y ?? 0) - (at?.y ?? 0)), id).toBeLessThan(2);
  }
  // The camera was set by code, not by the mouse: the frame drawn once it rests lets clicks find entities.
  const nearestOther = (n: (typeof before)[number]) =>
    Math.min(...before.filter((o) => o !== n).map((o) => Math.hypot(o.at!.x - n.at!.x, o.at!.y - n.at!.y)));
  const box = (await other.getByTestId("graph-canvas").boundingBox())!;
  const inView = await other.evaluate(
    ({ nodes, left, top }) =>
      nodes.filter((n) =>
        document.elementFromPoint(left + n.at!.x, top + n.at!.y)?.closest("[data-testid=graph-canvas]"),
      ),
    { nodes: before.filter((n) => n.id !== "org:amazon" && n.at), left: box.x, top: box.y },
  );
  const loneliest = inView.sort((a, b) => nearestOther(b) - nearestOther(a))[0]!;
  await clickNode(other, loneliest.id);
  await expect(other).toHaveURL(new RegExp(`sel=${encodeURIComponent(loneliest.id)}(&|$)`));
  await screenshot(other, "share-url");
  await other.close();
});
