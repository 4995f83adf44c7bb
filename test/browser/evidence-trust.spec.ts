// What is not established looks and reads unestablished, and evidence is one click away: the alleged hop of
// Trump → JEDI → Microsoft is dashed on the canvas and in the SVG export (with the legend's status key), stays
// drawn when a filter hides alleged relations, and the entity panel opens each relation's evidence by keyboard.
import { DOMParser } from "@xmldom/xmldom";
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { PNG } from "pngjs";
import { clickNode, screenshot, showTrumpJediMicrosoft, waitForCanvas, waitForStillCanvas } from "./support.js";

const ALLEGED_HOP = "rel:person:donald-trump>influenced>contract:jedi";
const PATH_COLOUR = "#f59e0b";

function pathEdges(page: Page) {
  return page.evaluate(
    (colour) =>
      (window.__explorer?.visibleEdgeIds() ?? []).flatMap((id) => {
        const display = window.__explorer!.edgeDisplay(id)!;
        return display.color === colour ? [{ id, ...display }] : [];
      }),
    PATH_COLOUR,
  );
}

/**
 * Walks the screen pixels of the straight line between two entities (outside their discs) and counts the
 * runs of path colour: a solid line is one run, a dashed one many.
 */
async function inkedRuns(page: Page, from: string, to: string) {
  const ends = await page.evaluate(
    ([a, b]) => {
      const hook = window.__explorer!;
      return {
        a: hook.nodePosition(a!)!,
        b: hook.nodePosition(b!)!,
        ra: hook.nodeDisplay(a!)!.radius,
        rb: hook.nodeDisplay(b!)!.radius,
      };
    },
    [from, to],
  );
  const png = PNG.sync.read(await page.getByTestId("graph-canvas").screenshot());
  const length = Math.hypot(ends.b.x - ends.a.x, ends.b.y - ends.a.y);
  const orange = (x: number, y: number) => {
    // Within a pixel either side, for antialiasing.
    for (const [dx, dy] of [
      [0, 0],
      [1, 0],
      [-1, 0],
      [0, 1],
      [0, -1],
    ] as const) {
      const at = (Math.round(y + dy) * png.width + Math.round(x + dx)) * 4;
      const [r, g, b] = [png.data[at]!, png.data[at + 1]!, png.data[at + 2]!];
      if (r > 200 && g > 120 && g < 200 && b < 90) return true;
    }
    return false;
  };
  let runs = 0;
  let inked = false;
  let samples = 0;
  let inkedSamples = 0;
  // Leave out the discs and the arrow head near the target.
  for (let d = ends.ra + 4; d < length - ends.rb - 16; d += 1) {
    const x = ends.a.x + ((ends.b.x - ends.a.x) * d) / length;
    const y = ends.a.y + ((ends.b.y - ends.a.y) * d) / length;
    const now = orange(x, y);
    if (now && !inked) runs += 1;
    inked = now;
    samples += 1;
    if (now) inkedSamples += 1;
  }
  return { runs, samples, inkedShare: inkedSamples / Math.max(1, samples) };
}

test("the alleged hop of a path is dashed on the canvas and stays drawn when alleged relations are filtered out", async ({
  page,
}) => {
  await showTrumpJediMicrosoft(page);
  await waitForStillCanvas(page);
  const before = await pathEdges(page);
  expect(before.map((e) => e.id)).toContain(ALLEGED_HOP);
  expect(before.find((e) => e.id === ALLEGED_HOP)?.type).toBe("dashed");
  const { runs, samples, inkedShare } = await inkedRuns(page, "person:donald-trump", "contract:jedi");
  expect(samples, "the hop is long enough on screen to show dashes").toBeGreaterThan(60);
  expect(runs, "separate dashes along the alleged hop").toBeGreaterThanOrEqual(4);
  // Dashes of 6 px and gaps of 4 px: about 60 % ink, where a solid line would be all ink.
  expect(inkedShare).toBeGreaterThan(0.35);
  expect(inkedShare).toBeLessThan(0.85);
  await screenshot(page, "evidence-trust-dashed-path");

  // Hiding "alleged" in the legend must not leave the path with its first hop missing.
  await page.getByRole("tab", { name: "Filters" }).click();
  await page
    .getByRole("list", { name: "Statuses" })
    .getByRole("button", { name: /alleged/ })
    .click();
  await waitForStillCanvas(page);
  const after = await pathEdges(page);
  expect(after.map((e) => e.id).sort()).toEqual(before.map((e) => e.id).sort());
  expect(await page.evaluate((id) => window.__explorer!.edgeDisplay(id)!.hidden, ALLEGED_HOP)).toBe(false);
  // Other alleged relations, off the path, are hidden as asked.
  const offPathAlleged = await page.evaluate((id) => {
    const hook = window.__explorer!;
    return hook
      .edgeIds()
      .filter((e) => e !== id && hook.edgeData(e)?.status === "alleged" && !hook.edgeDisplay(e)!.hidden);
  }, ALLEGED_HOP);
  expect(offPathAlleged).toEqual([]);
  await screenshot(page, "evidence-trust-path-alleged-hidden");
});

test("the SVG export dashes the alleged hop and its legend keys solid as confirmed, dashed as alleged", async ({
  page,
}) => {
  await showTrumpJediMicrosoft(page);
  await page.getByRole("button", { name: "Export" }).click();
  const dialog = page.getByTestId("export-dialog");
  await dialog.getByRole("group", { name: "Format" }).getByRole("button", { name: "SVG", exact: true }).click();
  await expect(dialog.getByTestId("export-download")).toBeEnabled();
  const [file] = await Promise.all([page.waitForEvent("download"), dialog.getByTestId("export-download").click()]);
  const svg = readFileSync(await file.path(), "utf8");
  const root = new DOMParser().parseFromString(svg, "image/svg+xml").documentElement!;
  const group = (id: string) =>
    Array.from(root.getElementsByTagName("g")).find((g) => g.getAttribute("data-id") === id);
  const hop = group(ALLEGED_HOP)?.getElementsByTagName("line")[0];
  expect(hop?.getAttribute("stroke")).toBe(PATH_COLOUR);
  expect(hop?.getAttribute("stroke-dasharray")).toMatch(/^\d+(\.\d+)? \d+(\.\d+)?$/);
  const confirmedHop = group("rel:org:microsoft>bid_for>contract:jedi");
  const confirmedLine = confirmedHop?.getElementsByTagName("path")[0] ?? confirmedHop?.getElementsByTagName("line")[0];
  expect(confirmedLine?.hasAttribute("stroke-dasharray")).toBe(false);
  const legend = Array.from(root.getElementsByTagName("g")).find((g) => g.getAttribute("class") === "legend");
  const legendTexts = Array.from(legend?.getElementsByTagName("text") ?? []).map((t) => t.textContent);
  expect(legendTexts).toContain("confirmed");
  expect(legendTexts.some((t) => t?.startsWith("not confirmed:") && t.includes("alleged"))).toBe(true);
});

test("the entity panel lists relations by type and opens one's evidence with Tab and Enter", async ({ page }) => {
  await page.goto("/");
  await waitForCanvas(page, 10);
  await clickNode(page, "person:donald-trump");
  const list = page.getByTestId("entity-relations");
  await expect(list).toBeVisible();
  await expect(list.getByRole("region", { name: "influenced" })).toBeVisible();
  const row = list.locator(`[data-edge-id="${ALLEGED_HOP}"]`);
  await expect(row).toContainText("allegedly influenced");
  await expect(row).toContainText("Joint Enterprise Defense Infrastructure (JEDI)");
  await expect(row).toContainText("alleged");

  // From the button before it, Tab reaches the row; Enter opens it.
  const rows = list.getByTestId("entity-relation");
  const index = await rows.evaluateAll(
    (all, id) => all.findIndex((b) => b.getAttribute("data-edge-id") === id),
    ALLEGED_HOP,
  );
  if (index > 0) await rows.nth(index - 1).focus();
  else await page.getByTestId("expand-limit").focus();
  await page.keyboard.press("Tab");
  await expect(row).toBeFocused();
  await page.keyboard.press("Enter");

  const details = page.getByTestId("edge-details");
  await expect(details.getByRole("heading", { level: 2 })).toHaveText(
    "Donald Trump allegedly influenced Joint Enterprise Defense Infrastructure (JEDI)",
  );
  await expect(details.getByTestId("evidence-item").first()).toBeVisible();
  await screenshot(page, "evidence-trust-entity-relation");
});
