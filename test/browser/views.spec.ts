// The stance views and the time slider: what they leave on the canvas.
import { expect, test } from "@playwright/test";
import { screenshot, visibleEdges, waitForCanvas } from "./support.js";

test("the Rivalries view shows only rivalry relations", async ({ page }) => {
  await page.goto("/");
  await waitForCanvas(page, 10);
  const before = await visibleEdges(page);
  expect(new Set(before.map((e) => e.stance)).size).toBeGreaterThan(1);

  await page.getByRole("button", { name: "Rivalries" }).click();
  await expect(page.getByRole("button", { name: "Rivalries" })).toHaveAttribute("aria-pressed", "true");
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
