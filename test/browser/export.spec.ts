// Image export: the path Trump → JEDI → Microsoft as PNG (1× and 2×, decoded and checked pixel by
// pixel) and as SVG (parsed, labels as text), copied to the clipboard, and the copy failure message.
import { DOMParser } from "@xmldom/xmldom";
import { expect, test, type Page } from "@playwright/test";
import { copyFileSync, mkdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PNG } from "pngjs";
import { screenshot, showTrumpJediMicrosoft } from "./support.js";

const artifacts = fileURLToPath(new URL("../artifacts/", import.meta.url));
const LABELS = ["Donald Trump", "Joint Enterprise Defense Infrastructure (JEDI)", "Microsoft"];

async function choose(page: Page, group: string, option: string) {
  const dialog = page.getByTestId("export-dialog");
  await dialog.getByRole("group", { name: group }).getByRole("button", { name: option, exact: true }).click();
}

/** Downloads the export as set in the dialog and returns the file's bytes, saved under test/artifacts. */
async function download(page: Page, saveAs: string) {
  const dialog = page.getByTestId("export-dialog");
  await expect(dialog.getByTestId("export-download")).toBeEnabled();
  const [file] = await Promise.all([page.waitForEvent("download"), dialog.getByTestId("export-download").click()]);
  const path = await file.path();
  mkdirSync(artifacts, { recursive: true });
  copyFileSync(path, `${artifacts}${saveAs}`);
  return { bytes: readFileSync(path), name: file.suggestedFilename() };
}

/** The size the dialog announces, e.g. "1980 × 1336 px". */
async function announcedSize(page: Page) {
  const text = (await page.getByTestId("export-size").textContent()) ?? "";
  const m = /(\d+) × (\d+) px/.exec(text);
  if (!m) throw new Error(`no size in "${text}"`);
  return { width: Number(m[1]), height: Number(m[2]) };
}

function pngHeaderSize(bytes: Buffer) {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

function pixelStats(bytes: Buffer) {
  const png = PNG.sync.read(bytes);
  const colours = new Set<number>();
  let notBackground = 0;
  let pathOrange = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [r = 0, g = 0, b = 0] = [png.data[i], png.data[i + 1], png.data[i + 2]];
    colours.add(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3));
    if (r < 245 || g < 245 || b < 245) notBackground += 1;
    if (Math.abs(r - 245) < 20 && Math.abs(g - 158) < 25 && b < 60) pathOrange += 1;
  }
  const total = png.width * png.height;
  return { colours: colours.size, share: notBackground / total, pathOrange, total };
}

test("exports the path Trump → JEDI → Microsoft as PNG at 1× and 2×, and as SVG with the labels as text", async ({
  page,
}) => {
  await showTrumpJediMicrosoft(page);
  await page.getByTestId("export-open").click();
  const dialog = page.getByTestId("export-dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Title (optional)").fill("Trump → JEDI → Microsoft");
  await choose(page, "What", "Current view");
  await choose(page, "Format", "PNG");
  await choose(page, "Background", "White");

  await choose(page, "Scale", "1×");
  await expect(page.getByTestId("export-size")).toContainText(" px");
  const size1 = await announcedSize(page);
  await expect(dialog.getByRole("img", { name: "Preview of the export" })).toBeVisible();
  await screenshot(page, "export-dialog");
  const one = await download(page, "export-path-1x.png");
  expect(one.name).toMatch(/^trump-jedi-microsoft-\d{4}-\d{2}-\d{2}\.png$/);
  expect(pngHeaderSize(one.bytes)).toEqual(size1);
  // The drawing is at least the canvas, plus title and footer.
  expect(size1.width).toBeGreaterThan(500);
  expect(size1.height).toBeGreaterThan(500);

  await choose(page, "Scale", "2×");
  await expect(page.getByTestId("export-size")).toContainText(`${size1.width * 2} × ${size1.height * 2} px`);
  const two = await download(page, "export-path.png");
  expect(pngHeaderSize(two.bytes)).toEqual({ width: size1.width * 2, height: size1.height * 2 });

  for (const bytes of [one.bytes, two.bytes]) {
    const stats = pixelStats(bytes);
    expect(stats.colours, "distinct colours").toBeGreaterThan(20);
    expect(stats.share, "share of non-white pixels").toBeGreaterThan(0.02);
    expect(stats.share, "share of non-white pixels").toBeLessThan(0.9);
    // The highlighted path is drawn in its orange.
    expect(stats.pathOrange / stats.total).toBeGreaterThan(0.0005);
  }

  await choose(page, "Format", "SVG");
  await expect(dialog.getByRole("group", { name: "Scale" }).getByRole("button").first()).toBeDisabled();
  const svg = await download(page, "export-path.svg");
  const doc = new DOMParser().parseFromString(svg.bytes.toString("utf8"), "image/svg+xml");
  const root = doc.documentElement;
  expect(root?.nodeName).toBe("svg");
  const texts = Array.from(root?.getElementsByTagName("text") ?? []).map((t) => t.textContent ?? "");
  for (const label of LABELS) expect(texts).toContain(label);
  expect(texts[0]).toBe("Trump → JEDI → Microsoft");
  expect(texts.some((t) => t.startsWith("Exported "))).toBe(true);
  // The footer names the sources of the path's evidence.
  expect(texts.some((t) => t.startsWith("Sources: "))).toBe(true);
  expect(root?.getElementsByTagName("image").length, "vector only, no embedded bitmap").toBe(0);

  // A dark background comes out dark.
  await choose(page, "Format", "PNG");
  await choose(page, "Scale", "1×");
  await choose(page, "Background", "Dark");
  const dark = await download(page, "export-path-dark.png");
  const png = PNG.sync.read(dark.bytes);
  expect(png.data[0]).toBeLessThan(40);
  expect(png.data[2]).toBeLessThan(60);
});

test("copies the export to the clipboard as a PNG", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await showTrumpJediMicrosoft(page);
  await page.getByTestId("export-open").click();
  await choose(page, "Scale", "1×");
  await page.getByTestId("export-copy").click();
  await expect(page.getByTestId("export-status")).toContainText("Image copied");
  const types = await page.evaluate(async () => {
    const items = await navigator.clipboard.read();
    return items.flatMap((item) => [...item.types]);
  });
  expect(types).toContain("image/png");
});

test("says what to do when the browser refuses the clipboard", async ({ page }) => {
  await page.addInitScript(() => {
    // The browser's answer when the site may not write to the clipboard.
    navigator.clipboard.write = () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError"));
  });
  await showTrumpJediMicrosoft(page);
  await page.keyboard.press("x");
  await page.getByTestId("export-copy").click();
  const status = page.getByTestId("export-status");
  await expect(status).toHaveAttribute("role", "alert");
  await expect(status).toContainText("clipboard permission denied");
  await expect(status).toContainText("download the PNG instead");
  await page.keyboard.press("Escape");
  await expect(page.getByTestId("export-dialog")).toHaveCount(0);
});
