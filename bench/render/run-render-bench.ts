// `npm run bench -- render`: builds the bench page, then in headless Chromium (WebGL via SwiftShader)
// measures time to first frame and frames per second while panning and zooming, for our explorer's
// renderer and the peers' on the same graphs, in the same run: once with the camera set by the page
// every frame, once with the mouse (drag, then wheel), as a user moves it.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Page } from "@playwright/test";
import type { Table } from "../report/table.js";
import type { Outcome, RendererName } from "./bench-page.js";
import type { FrameCount } from "./measure.js";
import { renderGraphOf, type RenderGraph } from "./render-graph.js";

interface RenderOutcome {
  timeToFirstFrameMs: number;
  orbit: FrameCount;
  mouse: FrameCount;
}

export interface RenderBenchOptions {
  sizes: number[];
  seed: number;
  /** Seconds of camera animation per renderer and size. */
  seconds?: number;
  log: (line: string) => void;
}

const PAGE_DIR = fileURLToPath(new URL("../out/render-page/", import.meta.url));
const CONFIG = fileURLToPath(new URL("./vite.config.ts", import.meta.url));
const ORIGIN = "http://bench.invalid";
const NAMES: RendererName[] = ["explorer (sigma)", "neovis.js (vis-network)", "Neo4j NVL", "Cytoscape.js"];
const RUN_TIMEOUT_MS = 180_000;
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };

export function buildRenderPage(): void {
  const result = spawnSync(process.execPath, [require_vite(), "build", "--config", CONFIG], { encoding: "utf8" });
  if (result.status !== 0)
    throw new Error(`vite build of the render bench page failed:\n${result.stderr}${result.stdout}`);
}

function require_vite(): string {
  return fileURLToPath(new URL("../../node_modules/vite/bin/vite.js", import.meta.url));
}

export async function runRenderBench(options: RenderBenchOptions): Promise<Table[]> {
  const seconds = options.seconds ?? 4;
  options.log("render: building the bench page");
  buildRenderPage();
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-background-networking", "--enable-unsafe-swiftshader"],
  });
  const rows: Table["rows"] = [];
  const notes: string[] = [];
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    // Served from memory on a made-up origin; every other request (telemetry, fonts) is refused.
    await context.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== ORIGIN) return route.abort();
      const file = normalize(join(PAGE_DIR, url.pathname === "/" ? "index.html" : url.pathname));
      if (!file.startsWith(PAGE_DIR)) return route.abort();
      try {
        await route.fulfill({
          body: readFileSync(file),
          contentType: TYPES[extname(file)] ?? "application/octet-stream",
        });
      } catch {
        await route.fulfill({ status: 404, body: "" });
      }
    });
    const gpu = await webglRenderer(context);
    notes.push(
      `WebGL: ${gpu}. Viewport 1280×720. Camera: ${seconds} s with the camera set by the page every frame (orbit ` +
        `while zooming 1×→4×→1×). Mouse: ${seconds} s of input from Playwright, as a user gives it: half dragging ` +
        "the view round a circle (a move every 16 ms, pressed on empty background), half wheel notches (ten in, " +
        "ten out, one every 50 ms). fps counts the frames in which the renderer drew (any WebGL draw call or 2D " +
        "canvas paint, see drawing-probe.ts): a frame the browser shows without drawing repeats the picture " +
        "before it ('browser fps' counts every frame shown). Renderers that lighten frames while the view moves " +
        "(ours hides relations and labels beyond 2,000 relations, whether the mouse or code moves the camera) " +
        "do so in both runs.",
    );
    for (const size of options.sizes) {
      const graph = renderGraphOf(size, options.seed);
      const results = new Map<RendererName, Outcome<RenderOutcome>>();
      for (const name of NAMES) {
        options.log(`render: ${name}, ${graph.nodes.length} nodes / ${graph.edges.length} edges`);
        const page = await context.newPage();
        const errors: string[] = [];
        page.on("pageerror", (error) => errors.push(error.message));
        try {
          await page.goto(`${ORIGIN}/`);
          await page.waitForFunction(() => window.__renderBench !== undefined);
          const outcome = await withTimeout(measureOnPage(page, name, graph, seconds), RUN_TIMEOUT_MS);
          results.set(name, outcome);
        } catch (error) {
          const why = error instanceof Error ? error.message.split("\n")[0]! : String(error);
          results.set(name, { ok: false, error: [why, ...errors].join("; ") });
        } finally {
          await page.close().catch(() => undefined);
        }
      }
      const ours = results.get("explorer (sigma)");
      for (const name of NAMES) {
        const outcome = results.get(name)!;
        if (!outcome.ok) {
          rows.push([graph.nodes.length, graph.edges.length, name, `FAILED: ${outcome.error.slice(0, 200)}`]);
          continue;
        }
        const peer = !name.includes("sigma");
        const ratio = (of: (o: RenderOutcome) => FrameCount) => {
          if (!ours?.ok || !peer) return undefined;
          if (of(outcome).fps === 0) return "it drew no frame";
          return `${(of(ours).fps / of(outcome).fps).toFixed(1)}×`;
        };
        rows.push([
          graph.nodes.length,
          graph.edges.length,
          name,
          outcome.timeToFirstFrameMs,
          outcome.orbit.fps,
          outcome.orbit.worstFrameMs,
          ratio((o) => o.orbit),
          outcome.mouse.fps,
          outcome.mouse.browserFps,
          outcome.mouse.worstFrameMs,
          ratio((o) => o.mouse),
        ]);
      }
    }
  } finally {
    await browser.close();
  }
  notes.push(
    "Every renderer gets the same fixed positions (no layout running) and draws arrows, except that ours, as the " +
      "explorer does beyond 2,000 relations, draws plain lines and keeps arrows for the relations in focus, and " +
      "zoomed out over more than 25,000 of those lines draws an even sample of them (1 in 2 to 16, said in the " +
      "explorer's status bar), and draws crowded canvases' nodes smaller (beyond discs covering ~100,000 px² " +
      "at full size, as the explorer does); ours adds its reducers' styling.",
  );
  return [
    {
      section: "render",
      title: "Rendering while panning and zooming",
      headers: [
        "nodes",
        "edges",
        "renderer",
        "first frame ms",
        "camera fps",
        "worst frame ms",
        "ours ÷ this",
        "mouse fps",
        "browser fps",
        "worst frame ms",
        "ours ÷ this",
      ],
      rows,
      notes,
    },
  ];
}

/** Opens the renderer, measures it under the page's camera, then under the mouse, and closes it. */
async function measureOnPage(
  page: Page,
  name: RendererName,
  graph: RenderGraph,
  seconds: number,
): Promise<Outcome<RenderOutcome>> {
  const opened = await page.evaluate(([n, g]) => window.__renderBench!.open(n, g), [name, graph] as const);
  if (!opened.ok) return opened;
  try {
    const orbit = await page.evaluate((s) => window.__renderBench!.orbit(s), seconds);
    if (!orbit.ok) return orbit;
    await page.evaluate(() => window.__renderBench!.startCounting());
    await panAndZoomByMouse(page, seconds);
    const mouse = await page.evaluate(() => window.__renderBench!.stopCounting());
    if (!mouse.ok) return mouse;
    return { ok: true, timeToFirstFrameMs: opened.timeToFirstFrameMs, orbit, mouse };
  } finally {
    await page.evaluate(() => window.__renderBench!.close());
  }
}

/**
 * Drags the view round a circle for half the time, then turns the wheel. The press is left of the
 * graph, which the page fits into the 720 px height at the middle of the 1280 px width: background there.
 */
async function panAndZoomByMouse(page: Page, seconds: number): Promise<void> {
  const centre = { x: 240, y: 360 };
  const radius = 120;
  const dragUntil = Date.now() + (seconds * 1000) / 2;
  const end = Date.now() + seconds * 1000;
  await page.mouse.move(centre.x - radius, centre.y);
  await page.mouse.down();
  for (let step = 0; Date.now() < dragUntil; step++) {
    const angle = Math.PI + (step / 30) * Math.PI;
    await page.mouse.move(centre.x + radius * Math.cos(angle), centre.y + radius * Math.sin(angle));
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  await page.mouse.move(640, 360);
  for (let notch = 0; Date.now() < end; notch++) {
    await page.mouse.wheel(0, Math.floor(notch / 10) % 2 === 0 ? -100 : 100);
    await page.waitForTimeout(50);
  }
}

async function webglRenderer(context: import("@playwright/test").BrowserContext): Promise<string> {
  const page = await context.newPage();
  try {
    await page.goto(`${ORIGIN}/`);
    return await page.evaluate(() => {
      const gl = document.createElement("canvas").getContext("webgl2");
      if (!gl) return "no WebGL2";
      const info = gl.getExtension("WEBGL_debug_renderer_info");
      return info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : String(gl.getParameter(gl.RENDERER));
    });
  } finally {
    await page.close();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s (the page froze)`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
