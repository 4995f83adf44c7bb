// Keyboard shortcuts with their help overlay, and shift-click multi-selection.
import { expect, test } from "@playwright/test";
import { clickNode, screenshot, waitForCamera, waitForCanvas } from "./support.js";

test("shortcuts switch views, open the help, and shift-click selects several entities", async ({ page }) => {
  await page.goto("/");
  await waitForCanvas(page, 10);

  await page.keyboard.press("?");
  const help = page.getByRole("dialog", { name: "Keyboard shortcuts" });
  await expect(help).toBeVisible();
  await expect(help).toContainText("Undo a canvas change");
  await screenshot(page, "shortcuts-help");
  await page.keyboard.press("Escape");
  await expect(help).toHaveCount(0);

  await page.keyboard.press("2");
  await expect(page.getByRole("button", { name: "Rivalries" })).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("1");
  await waitForCamera(page);
  await expect(page.getByRole("button", { name: "All", exact: true })).toHaveAttribute("aria-pressed", "true");

  await page.keyboard.press("/");
  await expect(page.getByTestId("search-input")).toBeFocused();
  await page.keyboard.press("Escape");

  await clickNode(page, "org:amazon");
  await clickNode(page, "org:microsoft", { shift: true });
  await expect(page.getByTestId("multi-details")).toContainText("2 entities");

  // H hides the selection, U brings it back, Ctrl+Z undoes the hide as well.
  const total = await page.evaluate(() => window.__explorer?.visibleNodeIds().length ?? 0);
  await page.keyboard.press("h");
  await expect(page.getByTestId("status-counts")).toContainText(`${total - 2} of ${total} entities`);
  await page.keyboard.press("Control+z");
  await expect(page.getByTestId("status-counts")).toContainText(`${total} of ${total} entities`);
});
