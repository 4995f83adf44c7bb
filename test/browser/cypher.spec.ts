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

test("a Cypher query shows its rows across the canvas, draws what it returns and selects its relations", async ({
  page,
}) => {
  await page.goto("/");
  await waitForCanvas(page, 10);
  await page.getByRole("button", { name: "Clear" }).click();
  await page.getByRole("tab", { name: "Cypher" }).click();
  await page.getByTestId("cypher-input").fill("MATCH (a)-[r]->(b {id: $id})\nRETURN a, r, b");
  await page.getByLabel("$id").fill("contract:jedi");
  await page.getByTestId("cypher-run").click();

  const result = page.getByTestId("cypher-result");
  await expect(result.locator("tbody tr").first()).toBeVisible();
  const rows = await result.locator("tbody tr").count();
  expect(rows).toBeGreaterThan(2);
  await expect(result.locator("thead")).toContainText("a");
  // The table is as wide as the canvas, not the side bar.
  const table = await result.boundingBox();
  const stage = await page.getByTestId("graph-canvas").boundingBox();
  expect(table?.width ?? 0).toBeGreaterThan((stage?.width ?? 0) * 0.9);

  await waitForCanvas(page, 3);
  const nodes = await page.evaluate(() => window.__explorer?.visibleNodeIds() ?? []);
  expect(nodes).toContain("contract:jedi");
  expect(nodes).toContain("org:microsoft");
  const edges = await page.evaluate(() => window.__explorer?.visibleEdgeIds().length ?? 0);
  expect(edges).toBeGreaterThanOrEqual(rows);
  // Every returned relation is selected with its entities, so the panel lists them.
  await expect(page.getByTestId("cypher-summary")).toContainText(`${rows} relations drawn`);
  await expect(page.getByRole("heading", { level: 2 }).first()).toContainText(`${rows} relations`);
  await screenshot(page, "cypher");
});

test("the README's query runs right after the example, its parameters left behind", async ({ page }) => {
  await page.goto("/");
  await waitForCanvas(page, 10);
  await page.getByRole("tab", { name: "Cypher" }).click();
  await page.getByRole("button", { name: "Everything pointing at JEDI" }).click();
  await expect(page.getByLabel("$id")).toHaveValue("contract:jedi");
  await page.getByTestId("cypher-run").click();
  await expect(page.getByTestId("cypher-summary")).toContainText("relations drawn");

  await page.getByTestId("cypher-input").fill("MATCH (e:Entity) RETURN e.kind AS kind, count(*) AS n");
  await expect(page.getByLabel("$id")).toHaveCount(0);
  await page.getByTestId("cypher-run").click();
  const result = page.getByTestId("cypher-result");
  await expect(result.locator("thead")).toContainText("kind");
  await expect(result.locator("tbody")).toContainText("Organization");
  await expect(page.getByTestId("error-banner")).toHaveCount(0);
  await screenshot(page, "cypher-readme-query");
});

test("a query that writes is refused with a message that replaces the earlier rows", async ({ page }) => {
  await page.goto("/");
  await waitForCanvas(page, 10);
  const canvasHeight = async () => (await page.getByTestId("graph-canvas").boundingBox())!.height;
  const fullHeight = await canvasHeight();
  await page.getByRole("tab", { name: "Cypher" }).click();
  await page.getByTestId("cypher-input").fill("MATCH (e:Entity) RETURN e.name LIMIT 3");
  await page.getByTestId("cypher-run").click();
  const result = page.getByTestId("cypher-result");
  await expect(result.locator("tbody tr")).toHaveCount(3);

  await page.getByTestId("cypher-input").fill("MATCH (n) DETACH DELETE n");
  await page.getByTestId("cypher-run").click();
  await expect(page.getByTestId("cypher-error")).toContainText("Refused");
  await expect(result.locator("tbody tr")).toHaveCount(0);
  await expect(page.getByTestId("status-counts")).not.toContainText("0 of 0 entities");
  // The message is a line or two over the canvas's foot: the canvas takes the whole stage again, no blank band.
  await expect.poll(canvasHeight).toBe(fullHeight);
  await screenshot(page, "cypher-refused");
});

test("a parameter the query names but nobody filled in is named before the query is sent", async ({ page }) => {
  await page.goto("/");
  await waitForCanvas(page, 10);
  await page.getByRole("tab", { name: "Cypher" }).click();
  await page.getByTestId("cypher-input").fill("MATCH (a {id: $who}) RETURN a");
  await page.getByTestId("cypher-run").click();
  await expect(page.getByRole("alert")).toHaveText("The query uses $who: give it a value.");
  await expect(page.getByTestId("cypher-result")).toHaveCount(0);
});

test("the editor highlights Cypher, completes labels and property names of the store, and runs on Ctrl+Enter", async ({
  page,
}) => {
  await page.goto("/");
  await waitForCanvas(page, 10);
  await page.getByRole("button", { name: "Clear" }).click();
  await page.getByRole("tab", { name: "Cypher" }).click();
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
