// Search → add → expand → undo: the analyst's basic loop, starting from an empty canvas.
import { expect, test } from "@playwright/test";
import { clickNode, pickSuggestion, screenshot, waitForCanvas } from "./support.js";

test("search adds an entity, expanding brings in its neighbours, undo takes them away", async ({ page }) => {
  await page.goto("/");
  await waitForCanvas(page, 10);
  await page.getByRole("button", { name: "Clear" }).click();
  await expect(page.getByText("The canvas is empty")).toBeVisible();

  // Suggestions name the kind and the aliases.
  await page.getByTestId("search-input").fill("jedi");
  const suggestion = page.getByRole("option").filter({ hasText: "Joint Enterprise Defense Infrastructure" });
  await expect(suggestion).toContainText("Contract");
  await expect(suggestion).toContainText("also:");

  await pickSuggestion(page, "search-input", "microsoft", "Microsoft");
  await waitForCanvas(page, 1);
  await expect(page.getByTestId("status-counts")).toContainText("1 of 1 entities");
  await expect(page.getByTestId("node-details")).toContainText("Microsoft");
  // The neighbour counts per relation type are shown before expanding.
  await expect(page.getByTestId("neighbour-counts").locator("li").first()).toBeVisible();

  await clickNode(page, "org:microsoft", { double: true });
  await expect(page.getByTestId("notice")).toContainText(/Added \d+ entit/);
  await waitForCanvas(page, 3);
  const expanded = await page.evaluate(() => window.__explorer?.visibleNodeIds().length ?? 0);
  expect(expanded).toBeGreaterThan(2);
  await expect(page.getByTestId("status-counts")).toContainText(`${expanded} of ${expanded} entities`);
  await screenshot(page, "search-expand");

  await page.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByTestId("status-counts")).toContainText("1 of 1 entities");
  await page.getByRole("button", { name: "Redo" }).click();
  await expect(page.getByTestId("status-counts")).toContainText(`${expanded} of ${expanded} entities`);
});

test("expanding only the chosen relation types brings in just those neighbours", async ({ page }) => {
  await page.goto("/");
  await waitForCanvas(page, 10);
  await page.getByRole("button", { name: "Clear" }).click();
  await pickSuggestion(page, "search-input", "jedi", "Joint Enterprise Defense Infrastructure");
  await waitForCanvas(page, 1);
  const counts = page.getByTestId("neighbour-counts");
  await counts.getByText("won", { exact: true }).click();
  await page.getByRole("button", { name: /^Expand won$/ }).click();
  await expect(page.getByTestId("notice")).toContainText("Added 1 entity");
  await waitForCanvas(page, 2);
  // Only the winner joins; the relations among what is on the canvas come along with it.
  const nodes = await page.evaluate(() => window.__explorer?.visibleNodeIds().sort());
  expect(nodes).toEqual(["contract:jedi", "org:microsoft"]);
  const types = await page.evaluate(() =>
    (window.__explorer?.visibleEdgeIds() ?? []).map((id) => window.__explorer?.edgeData(id)?.type),
  );
  expect(types).toContain("WON");
});

test("a capped expand offers to load the neighbours it left out", async ({ page }) => {
  await page.goto("/");
  await waitForCanvas(page, 10);
  await page.getByRole("button", { name: "Clear" }).click();
  await pickSuggestion(page, "search-input", "amazon", "Amazon");
  await waitForCanvas(page, 1);
  await page.getByTestId("expand-limit").selectOption("5");
  await clickNode(page, "org:amazon", { double: true });
  await expect(page.getByTestId("notice")).toContainText(/Added 5 entities; \d+ more not shown/);
  await waitForCanvas(page, 6);
  const row = page.getByTestId("load-more-row");
  await expect(row).toContainText("more neighbours not on the canvas yet");
  await screenshot(page, "load-more");

  let shown = 6;
  for (let round = 0; round < 10 && (await row.count()) > 0; round += 1) {
    const left = Number(/(\d+) more/.exec((await row.textContent()) ?? "")?.[1]);
    await expect(page.getByTestId("load-more")).toHaveText(`Load ${Math.min(5, left)} more`);
    await page.getByTestId("load-more").click();
    shown += Math.min(5, left);
    await expect(page.getByTestId("status-counts")).toContainText(`${shown} of ${shown} entities`);
    await waitForCanvas(page, shown);
  }
  await expect(row).toHaveCount(0);
  expect(shown).toBeGreaterThan(11);
});
