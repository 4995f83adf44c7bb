// A shared link reproduces the view: the entities, the filters, the selection and the camera.
import { expect, test } from "@playwright/test";
import { clickNode, screenshot, waitForCanvas } from "./support.js";

test("opening a copied URL restores the canvas, filters, selection and camera", async ({ page, browser }) => {
  await page.goto("/");
  await waitForCanvas(page, 10);
  await page.getByRole("button", { name: "Partnerships" }).click();
  await clickNode(page, "org:amazon");
  await expect(page.getByTestId("node-details")).toContainText("Amazon");
  await page.getByTestId("graph-canvas").hover();
  await page.mouse.wheel(0, -300);
  await page.waitForTimeout(800);
  await expect(page).toHaveURL(/sel=org%3Aamazon/);
  await expect(page).toHaveURL(/cam=/);
  const url = page.url();
  const counts = await page.getByTestId("status-counts").textContent();
  const camera = await page.evaluate(() => window.__explorer?.camera());

  const other = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await other.goto(url);
  await waitForCanvas(other, 5);
  await expect(other.getByRole("button", { name: "Partnerships" })).toHaveAttribute("aria-pressed", "true");
  await expect(other.getByTestId("node-details")).toContainText("Amazon");
  await expect(other.getByTestId("status-counts")).toHaveText(counts ?? "");
  const restored = await other.evaluate(() => window.__explorer?.camera());
  expect(restored?.ratio).toBeCloseTo(camera?.ratio ?? 0, 3);
  await screenshot(other, "share-url");
  await other.close();
});
