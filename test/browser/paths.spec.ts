// The path finder: Trump → via JEDI → Microsoft, told in words and highlighted on the canvas.
import { expect, test } from "@playwright/test";
import { askTrumpJediMicrosoft, screenshot, waitForCanvas } from "./support.js";

test("finds the path Trump → JEDI → Microsoft, lists it in words and highlights it", async ({ page }) => {
  await askTrumpJediMicrosoft(page);

  const results = page.getByTestId("path-results");
  await expect(results).toBeVisible();
  const firstPath = results.locator("li.path").first();
  await expect(firstPath.getByTestId("path-step").first()).toContainText("Donald Trump");
  await expect(firstPath.getByTestId("path-step").first()).toContainText("JEDI");
  await expect(firstPath.getByTestId("path-step").last()).toContainText("Microsoft");

  await waitForCanvas(page, 3);
  // Every relation of the path is drawn highlighted; the rest of the network is dimmed.
  const highlight = await page.evaluate(() => {
    const hook = window.__explorer;
    const ids = hook?.visibleEdgeIds() ?? [];
    return ids.map((id) => ({ id, ...hook?.edgeDisplay(id), ...hook?.edgeData(id) }));
  });
  const onPath = highlight.filter((e) => e.color === "#f59e0b");
  expect(onPath.length).toBe(2);
  expect(onPath.some((e) => e.source === "person:donald-trump" && e.target === "contract:jedi")).toBe(true);
  expect(onPath.some((e) => e.source === "org:microsoft" && e.target === "contract:jedi")).toBe(true);
  expect(highlight.length).toBeGreaterThan(onPath.length);
  await screenshot(page, "paths");
});
