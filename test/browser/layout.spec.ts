// The page at the two screen sizes analysts use most: nothing overlaps at 1280×720, and at 1920×1080
// the canvas takes the room the panels leave.
import { expect, test, type Page } from "@playwright/test";
import { clickNode, screenshot, waitForCamera, waitForCanvas } from "./support.js";

type Box = { x: number; y: number; width: number; height: number };

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0.5 && h > 0.5 ? w * h : 0;
}

async function boxes(page: Page, selector: string): Promise<Box[]> {
  return page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }),
  );
}

async function checkLayout(page: Page, size: { width: number; height: number }) {
  const [top] = await boxes(page, "header.topbar");
  const [side] = await boxes(page, "aside.sidebar");
  const [stage] = await boxes(page, "main.stage");
  const [panel] = await boxes(page, "aside.panel");
  const regions = { top, side, stage, panel };
  for (const [name, box] of Object.entries(regions)) {
    expect(box, name).toBeDefined();
    expect(box?.x ?? -1, `${name} starts on screen`).toBeGreaterThanOrEqual(0);
    expect((box?.x ?? 0) + (box?.width ?? 0), `${name} ends on screen`).toBeLessThanOrEqual(size.width + 0.5);
    expect((box?.y ?? 0) + (box?.height ?? 0), `${name} ends above the bottom`).toBeLessThanOrEqual(size.height + 0.5);
  }
  const list = Object.entries(regions) as [string, Box][];
  for (const [i, [a, boxA]] of list.entries()) {
    for (const [b, boxB] of list.slice(i + 1)) expect(overlap(boxA, boxB), `${a} overlaps ${b}`).toBe(0);
  }
  // Every control in the top bar is whole and on its own patch of the bar.
  const controls = await boxes(
    page,
    "header.topbar .brand, header.topbar .topbar-search, header.topbar .segmented, header.topbar .toolbar > button",
  );
  for (const [i, a] of controls.entries()) {
    expect(a.x + a.width, "top bar control on screen").toBeLessThanOrEqual(size.width);
    expect(a.y + a.height, "top bar control inside the bar").toBeLessThanOrEqual((top?.y ?? 0) + (top?.height ?? 0));
    for (const b of controls.slice(i + 1)) expect(overlap(a, b), "top bar controls overlap").toBe(0);
  }
  return { stage: stage as Box };
}

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(`at ${size.width}×${size.height} no panel overlaps and the canvas fills the middle`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto("/");
    await waitForCanvas(page, 10);
    await clickNode(page, "org:microsoft");
    await expect(page.getByTestId("node-details")).toBeVisible();
    const { stage } = await checkLayout(page, size);
    // The canvas gets what the side panels leave: at least 40% of the width, 60% at full HD.
    expect(stage.width / size.width).toBeGreaterThan(size.width >= 1920 ? 0.6 : 0.4);
    expect(stage.height / size.height).toBeGreaterThan(0.85);
    // Fit spreads the network over the canvas rather than a patch of it.
    await page.keyboard.press("Escape");
    await page.keyboard.press("f");
    await waitForCamera(page);
    const spread = await page.evaluate(
      ({ width, height }) => {
        const hook = window.__explorer;
        const points = (hook?.visibleNodeIds() ?? []).map((id) => hook?.nodePosition(id) ?? { x: 0, y: 0 });
        const xs = points.map((p) => p.x);
        const ys = points.map((p) => p.y);
        return Math.max((Math.max(...xs) - Math.min(...xs)) / width, (Math.max(...ys) - Math.min(...ys)) / height);
      },
      { width: stage.width, height: stage.height },
    );
    expect(spread).toBeGreaterThan(0.6);
    await clickNode(page, "org:microsoft");
    await screenshot(page, `layout-${size.width}`);
    // The other tabs and the export dialog fit too.
    await page.getByRole("tab", { name: "Paths" }).click();
    await checkLayout(page, size);
    await screenshot(page, `layout-${size.width}-paths`);
    await page.getByTestId("export-open").click();
    const [dialog] = await boxes(page, "[data-testid=export-dialog]");
    expect((dialog?.y ?? -1) >= 0 && (dialog?.y ?? 0) + (dialog?.height ?? 0) <= size.height).toBe(true);
    await expect(page.getByTestId("export-size")).toContainText("px");
    await screenshot(page, `layout-${size.width}-export`);
  });
}
