// The stance views and the time slider: what they leave on the canvas, and where the camera goes.
import { expect, test } from "@playwright/test";
import { screenshot, visibleEdges, waitForCamera, waitForCanvas } from "./support.js";

test("the Rivalries view shows only rivalry relations", async ({ page }) => {
  await page.goto("/");
  await waitForCanvas(page, 10);
  const before = await visibleEdges(page);
  expect(new Set(before.map((e) => e.stance)).size).toBeGreaterThan(1);

  await page.getByRole("button", { name: "Rivalries" }).click();
  await expect(page.getByRole("button", { name: "Rivalries" })).toHaveAttribute("aria-pressed", "true");
  await waitForCamera(page);
  const after = await visibleEdges(page);
  expect(after.length).toBeGreaterThan(0);
  expect(after.every((e) => e.stance === "rivalry")).toBe(true);
  expect(after.length).toBe(before.filter((e) => e.stance === "rivalry").length);
  await expect(page.getByTestId("status-counts")).toContainText(`${after.length} of ${before.length} relations`);
  await screenshot(page, "rivalries");

  await page.getByRole("button", { name: "All", exact: true }).click();
  expect((await visibleEdges(page)).length).toBe(before.length);
});

test("the time slider hides relations that began after the chosen month", async ({ page }) => {
  await page.goto("/");
  await waitForCanvas(page, 10);
  const before = await visibleEdges(page);
  // 2019-12 as a slider value: months since year 0.
  await page.getByTestId("time-to").fill(String(2019 * 12 + 11));
  await expect(page.getByTestId("time-summary")).toContainText("As it stood in Dec 2019");
  const after = await visibleEdges(page);
  expect(after.length).toBeGreaterThan(0);
  expect(after.length).toBeLessThan(before.length);
  // Only relations that began by Dec 2019 remain (undated ones stay unless the analyst drops them).
  expect(after.every((e) => e.start === null || (e.start ?? "") <= "2019-12-31")).toBe(true);
  expect(before.some((e) => (e.start ?? "") >= "2020")).toBe(true);
  await expect(page.getByTestId("status-counts")).toContainText(`${after.length} of ${before.length} relations`);
  await screenshot(page, "time-slider");
});

test("switching to a stance view brings what it shows into view", async ({ page }) => {
  await page.goto("/");
  await waitForCanvas(page, 10);
  // Zoom far into a corner, so most of the network is off screen.
  const box = await page.getByTestId("graph-canvas").boundingBox();
  if (!box) throw new Error("no canvas");
  await page.mouse.move(box.x + box.width * 0.15, box.y + box.height * 0.15);
  for (let i = 0; i < 4; i += 1) await page.mouse.wheel(0, -400);
  await waitForCamera(page);
  const onScreen = () =>
    page.evaluate(({ width, height }) => {
      const hook = window.__explorer;
      const points = (hook?.visibleNodeIds() ?? []).map((id) => hook?.nodePosition(id) ?? { x: -1, y: -1 });
      const inside = points.filter((p) => p.x >= 0 && p.y >= 0 && p.x <= width && p.y <= height);
      const xs = inside.map((p) => p.x);
      const ys = inside.map((p) => p.y);
      return {
        total: points.length,
        inside: inside.length,
        spread: Math.max((Math.max(...xs) - Math.min(...xs)) / width, (Math.max(...ys) - Math.min(...ys)) / height),
      };
    }, box);
  const zoomed = await onScreen();
  expect(zoomed.inside).toBeLessThan(zoomed.total);

  for (const view of ["Rivalries", "Partnerships", "All"]) {
    await page.getByRole("button", { name: view, exact: true }).click();
    await waitForCamera(page);
    const shown = await onScreen();
    expect(shown.inside, `${view}: every entity shown is on screen`).toBe(shown.total);
    expect(shown.spread, `${view}: and they fill the canvas`).toBeGreaterThan(0.5);
  }
});
