// Paths an analyst can trust and share: the canvas's status filter and the support control keep
// allegations out of Trump → JEDI → Microsoft (or the finder says no path exists within the limits), and a
// link reopens the same path, the same alternative and the same selected step in a fresh browser.
import { expect, test, type Page } from "@playwright/test";
import { pickSuggestion, screenshot, waitForCanvas } from "./support.js";

const PATH_COLOUR = "#f59e0b";

async function askTrumpToMicrosoftViaJedi(page: Page) {
  await page.getByRole("tab", { name: "Paths" }).click();
  await pickSuggestion(page, "path-from", "trump", "Donald Trump");
  await pickSuggestion(page, "path-via", "jedi", "Joint Enterprise Defense Infrastructure");
  await pickSuggestion(page, "path-to", "microsoft", "Microsoft");
}

/** The relations drawn in the path colour, with their status. */
function highlightedEdges(page: Page) {
  return page.evaluate((colour) => {
    const hook = window.__explorer;
    return (hook?.visibleEdgeIds() ?? [])
      .filter((id) => hook?.edgeDisplay(id)?.color === colour)
      .map((id) => ({ id, status: hook?.edgeData(id)?.status }))
      .sort((a, b) => a.id.localeCompare(b.id));
  }, PATH_COLOUR);
}

test("hiding alleged relations keeps the allegation out of every Trump → JEDI → Microsoft path", async ({ page }) => {
  await page.goto("/");
  await waitForCanvas(page, 10);
  await page.getByRole("tab", { name: "Filters" }).click();
  await page
    .getByRole("list", { name: "Statuses" })
    .getByRole("button", { name: /alleged/ })
    .click();
  await askTrumpToMicrosoftViaJedi(page);
  await expect(page.getByTestId("path-canvas-filters")).toContainText("alleged");
  await expect(page.getByTestId("path-co-mentions")).toContainText("same article");
  await page.getByRole("button", { name: "Find paths" }).click();

  const answer = page.getByTestId("path-results").or(page.getByTestId("path-none"));
  await expect(answer).toBeVisible();
  if (await page.getByTestId("path-none").isVisible()) {
    await expect(page.getByTestId("path-none")).toContainText("No path within 4 hops");
    return;
  }
  const steps = page.getByTestId("path-step");
  await expect(steps.first()).toBeVisible();
  for (const text of await steps.allInnerTexts()) expect(text).not.toMatch(/alleg/i);
  await expect(page.getByTestId("path-support").first()).not.toContainText("alleged");
  await waitForCanvas(page, 3);
  const drawn = await highlightedEdges(page);
  expect(drawn.length).toBeGreaterThan(0);
  expect(drawn.filter((e) => e.status === "alleged")).toEqual([]);
  await screenshot(page, "paths-trust-no-alleged");
});

test("asking for confirmed relations only within 2 hops says which limits leave no path", async ({ page }) => {
  await page.goto("/");
  await waitForCanvas(page, 10);
  await askTrumpToMicrosoftViaJedi(page);
  await page.getByRole("radio", { name: "Confirmed only" }).check();
  await page.getByRole("spinbutton", { name: "Max hops" }).fill("2");
  await page.getByRole("button", { name: "Find paths" }).click();
  await expect(page.getByTestId("path-none")).toContainText(
    "No path within 2 hops through Joint Enterprise Defense Infrastructure (JEDI) using only confirmed relations.",
  );
});

test("a link reopens the same path, the same alternative and the same selected step", async ({ page, browser }) => {
  await page.goto("/");
  await waitForCanvas(page, 10);
  await askTrumpToMicrosoftViaJedi(page);
  await page.getByRole("button", { name: "Find paths" }).click();
  const paths = page.getByTestId("path-results").locator("li.path");
  await expect(paths.nth(1)).toBeVisible();

  // The second alternative's last step, reached with the keyboard: focus the step, press Enter.
  const step = paths.nth(1).getByTestId("path-step").last().getByRole("button").first();
  await step.focus();
  await page.keyboard.press("Enter");
  await expect(paths.nth(1)).toHaveClass(/active/);
  await expect(step).toHaveAttribute("aria-pressed", "true");
  const details = page.getByTestId("edge-details");
  await expect(details).toBeVisible();
  const heading = await details.locator("h2").first().innerText();
  await expect(page).toHaveURL(/pa=1(&|$)/);
  await expect(page).toHaveURL(/sele=/);
  await waitForCanvas(page, 3);
  const drawn = await highlightedEdges(page);
  const stepText = await step.innerText();
  const url = page.url();

  const fresh = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const other = await fresh.newPage();
  await other.goto(url);
  await waitForCanvas(other, 3);
  const reopened = other.getByTestId("path-results").locator("li.path");
  await expect(reopened.nth(1)).toHaveClass(/active/);
  const reopenedStep = reopened.nth(1).getByTestId("path-step").last().getByRole("button").first();
  await expect(reopenedStep).toHaveText(stepText);
  await expect(reopenedStep).toHaveAttribute("aria-pressed", "true");
  await expect(other.getByTestId("edge-details").locator("h2").first()).toHaveText(heading);
  await expect.poll(() => highlightedEdges(other)).toEqual(drawn);
  await screenshot(other, "paths-trust-reopened");
  await fresh.close();
});
