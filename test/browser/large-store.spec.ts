// A large store (5,003 entities, 20,000 relations): the status bar says how much of it the canvas shows
// and how that part was chosen, and "Show more" brings in more of it, by degree or by kind.
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

test("the status bar of the 5k store states how many of its entities are shown and how they were chosen", async ({
  page,
}) => {
  await page.goto("/");
  await waitForEntities(page, 500);
  const scope = page.getByTestId("status-scope");
  await expect(scope).toHaveText("500 of 5,003 entities, chosen by degree");
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
