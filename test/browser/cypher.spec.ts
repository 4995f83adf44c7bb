// The Cypher console: an editor that highlights and completes Cypher, a read-only query's answer as a
// table and drawn on the canvas.
import { expect, test, type Page } from "@playwright/test";
import { screenshot, waitForCanvas } from "./support.js";

/**
 * Clicks a completion until the editor shows `completed`. While CodeMirror asks its sources about the text just
 * typed it still shows the previous list, with nothing in the page to tell, and ignores a click on it; a click
 * once the answer is in applies. The editor's text, not a time, decides whether to click again.
 */
async function pickCompletion(page: Page, name: string, completed: string) {
  const editor = page.getByTestId("cypher-input");
  const option = page.getByRole("listbox", { name: "Completions" }).getByRole("option", { name, exact: true });
  const picked = async () => ((await editor.textContent()) ?? "").includes(completed);
  await expect(async () => {
    if (!(await picked())) await option.click({ timeout: 2_000 });
    expect(await picked(), `the editor shows ${completed}`).toBe(true);
  }).toPass({ timeout: 10_000 });
}

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

test("the editor highlights Cypher, completes labels and property names of the store, and runs on Ctrl+Enter", async ({
  page,
}) => {
  await page.goto("/");
  await waitForCanvas(page, 10);
  await page.getByRole("button", { name: "Clear" }).click();
  await page.getByRole("tab", { name: "Cypher" }).click();
  await page.getByLabel("Parameters (JSON)").fill("{}");
  const editor = page.getByTestId("cypher-input");
  await editor.fill("");
  // The browser tests run on Kuzu: one :Entity label, one :Relation type, kind and type as properties.
  await editor.pressSequentially("MATCH (p:En");
  await pickCompletion(page, ":Entity", "(p:Entity");
  await editor.pressSequentially(" {kind: 'Person'})-[r:Re");
  await pickCompletion(page, ":Relation", "[r:Relation");
  await editor.pressSequentially("]->(c) RETURN p.na");
  await pickCompletion(page, "name", "p.name");
  await editor.pressSequentially(", r.type, c.name");
  await page.keyboard.press("Escape");
  const query = "MATCH (p:Entity {kind: 'Person'})-[r:Relation]->(c) RETURN p.name, r.type, c.name";
  await expect(editor).toHaveText(query);
  // Keywords, strings and the rest are told apart by colour.
  const colour = (el: Element) => getComputedStyle(el).color;
  const keyword = editor.locator(".cm-keyword").first();
  await expect(keyword).toHaveText(/match/i);
  const keywordColour = await keyword.evaluate(colour);
  expect(keywordColour).not.toBe(await editor.locator(".cm-variable").first().evaluate(colour));
  expect(keywordColour).not.toBe(await editor.locator(".cm-string").first().evaluate(colour));

  await editor.press("Control+Enter");
  const result = page.getByTestId("cypher-result");
  await expect(result.locator("tbody tr").first()).toBeVisible();
  await expect(result.locator("thead")).toContainText("p.name");
  await expect(editor).toHaveText(query);
  await screenshot(page, "cypher-editor");
});
