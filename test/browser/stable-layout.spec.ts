// Expanding an entity places its new neighbours beside it and leaves everything already drawn where it
// was: the old entities' screen positions differ at most by the camera's one zoom and shift.
import { expect, test, type Page } from "@playwright/test";
import { clickNode, pickSuggestion, screenshot, waitForCamera, waitForCanvas } from "./support.js";

type Spots = Record<string, { x: number; y: number }>;

async function spots(page: Page): Promise<Spots> {
  return page.evaluate(() => {
    const hook = window.__explorer;
    const out: Record<string, { x: number; y: number }> = {};
    for (const id of hook?.visibleNodeIds() ?? []) {
      const p = hook?.nodePosition(id);
      if (p) out[id] = p;
    }
    return out;
  });
}

/** The largest distance, in pixels, between `after` and the best zoom-and-shift of `before`. */
function worstMisfit(before: Spots, after: Spots, ids: string[]): number {
  const n = ids.length;
  const mean = (pick: (id: string) => number) => ids.reduce((s, id) => s + pick(id), 0) / n;
  const bx = mean((id) => before[id]!.x);
  const by = mean((id) => before[id]!.y);
  const ax = mean((id) => after[id]!.x);
  const ay = mean((id) => after[id]!.y);
  let num = 0;
  let den = 0;
  for (const id of ids) {
    const u = { x: before[id]!.x - bx, y: before[id]!.y - by };
    const v = { x: after[id]!.x - ax, y: after[id]!.y - ay };
    num += u.x * v.x + u.y * v.y;
    den += u.x * u.x + u.y * u.y;
  }
  const scale = den === 0 ? 1 : num / den;
  return Math.max(
    ...ids.map((id) =>
      Math.hypot(ax + scale * (before[id]!.x - bx) - after[id]!.x, ay + scale * (before[id]!.y - by) - after[id]!.y),
    ),
  );
}

test("expanding keeps the entities already drawn in place and puts the new ones on screen", async ({ page }) => {
  await page.goto("/");
  await waitForCanvas(page, 10);
  await page.getByRole("button", { name: "Clear" }).click();
  await pickSuggestion(page, "search-input", "microsoft", "Microsoft");
  await waitForCanvas(page, 1);
  await clickNode(page, "org:microsoft", { double: true });
  await expect(page.getByTestId("notice")).toContainText(/Added \d+ entit/);
  await waitForCanvas(page, 3);
  await waitForCamera(page);
  const before = await spots(page);
  await screenshot(page, "stable-layout-before");

  await clickNode(page, "contract:jedi", { double: true });
  await expect(page.getByTestId("notice")).toContainText(/Added \d+ entit/);
  await waitForCanvas(page, Object.keys(before).length + 1);
  await waitForCamera(page);
  const after = await spots(page);
  await screenshot(page, "stable-layout-after");

  const kept = Object.keys(before).filter((id) => after[id]);
  expect(kept.length).toBe(Object.keys(before).length);
  expect(worstMisfit(before, after, kept)).toBeLessThan(3);
  const box = await page.getByTestId("graph-canvas").boundingBox();
  const fresh = Object.keys(after).filter((id) => !before[id]);
  expect(fresh.length).toBeGreaterThan(0);
  for (const id of fresh) {
    const p = after[id]!;
    expect(p.x, `${id} is on screen`).toBeGreaterThanOrEqual(0);
    expect(p.y, `${id} is on screen`).toBeGreaterThanOrEqual(0);
    expect(p.x, `${id} is on screen`).toBeLessThanOrEqual(box?.width ?? 0);
    expect(p.y, `${id} is on screen`).toBeLessThanOrEqual(box?.height ?? 0);
  }
});
