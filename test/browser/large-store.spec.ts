// A large store (5,003 entities, 20,000 relations): the status bar says how much of it the canvas shows
// and how that part was chosen, and "Show more" brings in more of it, by degree, by kind or around a community.
import { expect, test, type Page } from "@playwright/test";
import { LARGE_STORE_PORT } from "./large-store.js";
import { screenshot } from "./support.js";

test.use({ baseURL: `http://127.0.0.1:${LARGE_STORE_PORT}` });
// Drawing thousands of entities on the CPU's WebGL takes its time.
test.setTimeout(120_000);

/** Waits until `min` entities are drawn; the layout of thousands may still be moving, which these checks allow. */
async function waitForEntities(page: Page, min: number) {
  await page.waitForFunction((n) => (window.__explorer?.visibleNodeIds().length ?? 0) >= n, min, { timeout: 60_000 });
  await expect(page.getByTestId("busy")).toHaveCount(0, { timeout: 60_000 });
}

/** Opens the first screen and checks the status bar says it shows the 500 most connected. */
async function openFirstScreen(page: Page) {
  await page.goto("/");
  await waitForEntities(page, 500);
  const scope = page.getByTestId("status-scope");
  await expect(scope).toHaveText("500 of 5,003 entities, chosen by degree");
  return scope;
}

test("the status bar of the 5k store states how many of its entities are shown and how they were chosen", async ({
  page,
}) => {
  const scope = await openFirstScreen(page);
  await expect(page.getByTestId("notice")).toContainText("500 most connected of 5,003 entities");
  await screenshot(page, "large-store-scope");

  await page.getByRole("button", { name: "Show more" }).click();
  await page.getByRole("button", { name: "+200 Product" }).click();
  await expect(scope).toContainText("Product by degree", { timeout: 60_000 });
  const text = (await scope.textContent()) ?? "";
  const [shown = 0, total = 0] = (text.match(/^([\d,]+) of ([\d,]+) entities/)?.slice(1) ?? []).map((n) =>
    Number(n.replace(/,/g, "")),
  );
  expect(total).toBe(5003);
  expect(shown).toBeGreaterThan(500);
  await waitForEntities(page, shown);
  const products = await page.evaluate(
    () => window.__explorer?.visibleNodeIds().filter((id) => id.startsWith("product:")).length ?? 0,
  );
  expect(products).toBeGreaterThanOrEqual(shown - 500);
  await screenshot(page, "large-store-more-products");
});

test("Show more brings in the store's neighbours around a community of the canvas, and the status bar says so", async ({
  page,
}) => {
  const scope = await openFirstScreen(page);

  await page.getByRole("button", { name: "Show more" }).click();
  const menu = page.getByRole("dialog", { name: "Show more of the store" });
  await expect(menu.getByRole("heading", { name: "Around a community of the canvas" })).toBeVisible();
  const first = menu.locator("h3:has-text('Around a community') + .chips button").first();
  const name = ((await first.textContent()) ?? "").replace(/\s*\+\d+$/, "");
  expect(name.length).toBeGreaterThan(0);
  await screenshot(page, "large-store-around-menu");
  await first.click();

  await expect(scope).toContainText(`around ${name}'s community`, { timeout: 60_000 });
  const text = (await scope.textContent()) ?? "";
  const shown = Number(text.match(/^([\d,]+) of 5,003 entities/)?.[1]?.replace(/,/g, "") ?? 0);
  const around = Number(text.match(/([\d,]+) around /)?.[1]?.replace(/,/g, "") ?? 0);
  expect(around).toBeGreaterThan(0);
  expect(shown).toBe(500 + around);
  await waitForEntities(page, shown);
  await screenshot(page, "large-store-around-community");
});
