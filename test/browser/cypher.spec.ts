// The Cypher console: a read-only query's answer as a table and drawn on the canvas.
import { expect, test } from "@playwright/test";
import { screenshot, waitForCanvas } from "./support.js";

test("a Cypher query shows its rows and draws the entities it returns", async ({ page }) => {
  await page.goto("/");
  await waitForCanvas(page, 10);
  await page.getByRole("button", { name: "Clear" }).click();
  await page.getByRole("tab", { name: "Cypher" }).click();
  await page.getByTestId("cypher-input").fill("MATCH (a)-[r]->(b {id: $id})\nRETURN a, r, b");
  await page.getByLabel("Parameters (JSON)").fill('{"id": "contract:jedi"}');
  await page.getByTestId("cypher-run").click();

  const result = page.getByTestId("cypher-result");
  await expect(result.locator("tbody tr").first()).toBeVisible();
  const rows = await result.locator("tbody tr").count();
  expect(rows).toBeGreaterThan(2);
  await expect(result.locator("thead")).toContainText("a");

  await waitForCanvas(page, 3);
  const nodes = await page.evaluate(() => window.__explorer?.visibleNodeIds() ?? []);
  expect(nodes).toContain("contract:jedi");
  expect(nodes).toContain("org:microsoft");
  const edges = await page.evaluate(() => window.__explorer?.visibleEdgeIds().length ?? 0);
  expect(edges).toBeGreaterThanOrEqual(rows);
  await screenshot(page, "cypher");
});

test("a query that writes is refused with a message", async ({ page }) => {
  await page.goto("/");
  await waitForCanvas(page, 10);
  await page.getByRole("tab", { name: "Cypher" }).click();
  await page.getByTestId("cypher-input").fill("MATCH (n) DETACH DELETE n");
  await page.getByLabel("Parameters (JSON)").fill("{}");
  await page.getByTestId("cypher-run").click();
  await expect(page.getByTestId("error-banner")).toBeVisible();
  await expect(page.getByTestId("status-counts")).not.toContainText("0 of 0 entities");
});
