// The time window shows the network as it stood: relations outside it go, and so do the entities it
// leaves without a relation or a date of their own, unless the analyst keeps them.
import { expect, test } from "@playwright/test";
import { screenshot, visibleEdges, waitForCanvas } from "./support.js";

const visibleNodes = (page: import("@playwright/test").Page) =>
  page.evaluate(() => window.__explorer?.visibleNodeIds() ?? []);

test("a time window hides the entities it leaves without relations, and keeps them when asked", async ({ page }) => {
  await page.goto("/");
  await waitForCanvas(page, 10);
  const all = await visibleNodes(page);
  await expect(page.getByTestId("time-histogram").locator(".bar")).not.toHaveCount(0);
  await screenshot(page, "time-window-before");

  await page.getByTestId("time-to").fill(String(2016 * 12 + 11));
  await page.getByText("Keep undated relations while a period is set").click();
  await expect(page.getByTestId("time-summary")).toContainText("As it stood in Dec 2016");
  await expect.poll(async () => (await visibleNodes(page)).length).toBeLessThan(all.length);
  const shown = new Set(await visibleNodes(page));
  const edges = await visibleEdges(page);
  expect(edges.length).toBeGreaterThan(0);
  expect(edges.every((e) => e.start !== null && (e.start ?? "") <= "2016-12-31")).toBe(true);
  // Every entity the window hides has no relation left on the canvas.
  const ends = new Set(edges.flatMap((e) => [e.source, e.target]));
  const hidden = all.filter((id) => !shown.has(id));
  expect(hidden.length).toBeGreaterThan(0);
  expect(hidden.filter((id) => ends.has(id))).toEqual([]);
  await expect(page.getByTestId("status-counts")).toContainText(`${shown.size} of ${all.length} entities`);
  await screenshot(page, "time-window-2016");

  await page.getByTestId("time-keep-unrelated").check();
  await expect.poll(async () => (await visibleNodes(page)).length).toBe(all.length);
});

test("play moves the window's end month by month to the last one", async ({ page }) => {
  await page.goto("/");
  await waitForCanvas(page, 10);
  await page.getByTestId("time-to").fill(String(2024 * 12 + 6));
  await expect(page.getByTestId("time-summary")).toContainText("As it stood in Jul 2024");
  await page.getByTestId("time-play").click();
  // A later month while it plays (a loaded machine may look only after a step or two).
  await expect(page.getByTestId("time-summary")).toHaveText(
    /As it stood in ((Aug|Sep|Oct|Nov|Dec) 2024|[A-Z][a-z]{2} 2025)/,
  );
  await expect(page.getByTestId("time-summary")).toContainText("All dates", { timeout: 15_000 });
  await expect(page.getByTestId("time-play")).toHaveText(/Play/);
});
