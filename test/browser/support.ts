// Helpers for the explorer's browser tests: wait for the canvas to settle, find where an entity or a
// relation is drawn (read-only, through window.__explorer) and click it with the mouse, save screenshots.
import { expect, type Page } from "@playwright/test";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

const artifacts = fileURLToPath(new URL("../artifacts/", import.meta.url));

export async function screenshot(page: Page, name: string) {
  mkdirSync(artifacts, { recursive: true });
  await page.screenshot({ path: `${artifacts}${name}.png` });
}

/** Waits until the network is drawn and the layout has come to rest. */
export async function waitForCanvas(page: Page, minNodes = 1) {
  await page.waitForFunction((min) => (window.__explorer?.visibleNodeIds().length ?? 0) >= min, minNodes, {
    timeout: 20_000,
  });
  await page.waitForFunction(() => window.__explorer?.layoutRunning() === false, undefined, { timeout: 20_000 });
  await expect(page.getByTestId("busy")).toHaveCount(0);
}

/** Waits until the camera has finished gliding (after a fit or a view switch), so clicks land. */
export async function waitForCamera(page: Page) {
  // The glide starts in the effect after the click's render; give it a frame to begin.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await page.waitForFunction(() => window.__explorer?.cameraMoving() === false, undefined, { timeout: 5_000 });
}

async function canvasOrigin(page: Page) {
  const box = await page.getByTestId("graph-canvas").boundingBox();
  if (!box) throw new Error("the graph canvas is not on the page");
  return box;
}

export async function nodePoint(page: Page, id: string) {
  const box = await canvasOrigin(page);
  const p = await page.evaluate((nodeId) => window.__explorer?.nodePosition(nodeId) ?? null, id);
  if (!p) throw new Error(`entity ${id} is not on the canvas`);
  return { x: box.x + p.x, y: box.y + p.y };
}

/** Waits until neither the layout nor the camera moves nodes, so a point read now is where a click lands. */
export async function waitForStillCanvas(page: Page) {
  await waitForCamera(page);
  await page.waitForFunction(() => window.__explorer?.layoutRunning() === false, undefined, { timeout: 20_000 });
}

/**
 * Sigma counts any two clicks within its doubleClickTimeout (300 ms) as a double-click, wherever they land,
 * so a click on a second entity that follows too soon would expand it instead of selecting it: wait until
 * sigma has let go of the last click.
 */
export async function waitOutDoubleClick(page: Page) {
  await page.waitForFunction(() => window.__explorer?.clickPending() === false, undefined, { timeout: 5_000 });
}

export async function clickNode(page: Page, id: string, options: { shift?: boolean; double?: boolean } = {}) {
  await waitForStillCanvas(page);
  await waitOutDoubleClick(page);
  const { x, y } = await nodePoint(page, id);
  const box = await canvasOrigin(page);
  const position = { x: x - box.x, y: y - box.y };
  const modifiers = options.shift ? (["Shift"] as const) : [];
  const canvas = page.getByTestId("graph-canvas");
  if (options.double) await canvas.dblclick({ position, modifiers: [...modifiers] });
  else await canvas.click({ position, modifiers: [...modifiers] });
}

export async function clickEdge(page: Page, id: string) {
  const box = await canvasOrigin(page);
  const p = await page.evaluate((edgeId) => window.__explorer?.edgeMidpoint(edgeId) ?? null, id);
  if (!p) throw new Error(`relation ${id} is not on the canvas`);
  await page.mouse.move(box.x + p.x, box.y + p.y);
  await page.mouse.click(box.x + p.x, box.y + p.y);
}

export function visibleEdges(page: Page) {
  return page.evaluate(() =>
    (window.__explorer?.visibleEdgeIds() ?? []).map((id) => ({ id, ...window.__explorer?.edgeData(id) })),
  );
}

/** Picks a suggestion in a search box by typing and choosing the entry naming `name`. */
export async function pickSuggestion(page: Page, testId: string, text: string, name: string) {
  const input = page.getByTestId(testId);
  await input.fill(text);
  const option = page.getByRole("option").filter({ hasText: name }).first();
  await expect(option).toBeVisible();
  await option.click();
}

/** Asks the Paths tab for Donald Trump → via JEDI → Microsoft, the seed question most specs start from. */
export async function askTrumpJediMicrosoft(page: Page) {
  await page.goto("/");
  await waitForCanvas(page, 10);
  await page.getByRole("tab", { name: "Paths" }).click();
  await pickSuggestion(page, "path-from", "trump", "Donald Trump");
  await pickSuggestion(page, "path-via", "jedi", "Joint Enterprise Defense Infrastructure");
  await pickSuggestion(page, "path-to", "microsoft", "Microsoft");
  await page.getByRole("button", { name: "Find paths" }).click();
}

/** The same, then waits until the path is listed, drawn and the camera has glided to it. */
export async function showTrumpJediMicrosoft(page: Page) {
  await askTrumpJediMicrosoft(page);
  await expect(page.getByTestId("path-results")).toBeVisible();
  await waitForCanvas(page, 3);
  await waitForCamera(page);
}
