// `npm run bench -- render`: builds the bench page, then in headless Chromium (WebGL via SwiftShader)
// measures time to first frame and frames per second while panning and zooming, for our explorer's
// renderer and the peers' on the same graphs, in the same run: once with the camera set by the page
// every frame, once with the mouse (drag, then wheel), as a user moves it. With a baseline checkout
// (--baseline=DIR), that checkout's explorer is built from its own tree and measured in the same run.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { existsSync } from "node:fs";
import { basename, extname, join, normalize, resolve } from "node:path";
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
  /** A checkout whose explorer is measured beside ours (its bench page built with its own node_modules). */
  baseline?: string | null;
  log: (line: string) => void;
}

const PAGE_DIR = fileURLToPath(new URL("../out/render-page/", import.meta.url));
const BASELINE_PAGE_DIR = fileURLToPath(new URL("../out/render-page-baseline/", import.meta.url));
const CONFIG = fileURLToPath(new URL("./vite.config.ts", import.meta.url));
const ORIGIN = "http://bench.invalid";
const BASELINE_ORIGIN = "http://baseline.bench.invalid";
const NAMES: RendererName[] = ["explorer (sigma)", "neovis.js (vis-network)", "Neo4j NVL", "Cytoscape.js"];
const RUN_TIMEOUT_MS = 180_000;
const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".css": "text/css" };

export function buildRenderPage(): void {
  const result = spawnSync(process.execPath, [require_vite(), "build", "--config", CONFIG], { encoding: "utf8" });
  if (result.status !== 0)
    throw new Error(`vite build of the render bench page failed:\n${result.stderr}${result.stdout}`);
}

function sigmaVersion(): string {
  const file = fileURLToPath(new URL("../../node_modules/sigma/package.json", import.meta.url));
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}

function require_vite(): string {
  return fileURLToPath(new URL("../../node_modules/vite/bin/vite.js", import.meta.url));
}

/** Builds the baseline checkout's bench page with its own Vite and packages; answers its commit. */
function buildBaselinePage(dir: string): string {
  const root = resolve(dir);
  const vite = join(root, "node_modules/vite/bin/vite.js");
  const config = join(root, "bench/render/vite.config.ts");
  if (!existsSync(vite) || !existsSync(config))
    throw new Error(`--baseline=${dir}: expected a checkout with bench/render/vite.config.ts and node_modules/vite`);
  const args = [vite, "build", "--config", config, "--outDir", BASELINE_PAGE_DIR, "--emptyOutDir"];
  const result = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`vite build of the baseline's bench page failed:\n${result.stderr}`);
  // A checkout names its commit; an exported tree (git archive) goes by its folder's name.
  const commit = spawnSync("git", ["log", "-1", "--format=%h"], { cwd: root, encoding: "utf8" }).stdout?.trim();
  const sigma = JSON.parse(readFileSync(join(root, "node_modules/sigma/package.json"), "utf8")) as { version: string };
  return `${commit || basename(root)}, sigma ${sigma.version}`;
}

export async function runRenderBench(options: RenderBenchOptions): Promise<Table[]> {
  const seconds = options.seconds ?? 4;
  options.log("render: building the bench page");
  buildRenderPage();
  const baseline = options.baseline ? `explorer at ${buildBaselinePage(options.baseline)}` : null;
  const oursLabel = `explorer (sigma ${sigmaVersion()})`;
  // Ours first, then the baseline's explorer from its own page, then the peers.
  const runs: { label: string; origin: string; name: RendererName }[] = [
    { label: oursLabel, origin: ORIGIN, name: "explorer (sigma)" },
    ...(baseline ? [{ label: baseline, origin: BASELINE_ORIGIN, name: "explorer (sigma)" as const }] : []),
    ...NAMES.filter((name) => name !== "explorer (sigma)").map((name) => ({ label: name, origin: ORIGIN, name })),
  ];
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
      const dir =
        url.origin === ORIGIN ? PAGE_DIR : url.origin === BASELINE_ORIGIN && baseline ? BASELINE_PAGE_DIR : null;
      if (!dir) return route.abort();
      const file = normalize(join(dir, url.pathname === "/" ? "index.html" : url.pathname));
      if (!file.startsWith(dir)) return route.abort();
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
      const results = new Map<string, Outcome<RenderOutcome>>();
      for (const run of runs) {
        options.log(`render: ${run.label}, ${graph.nodes.length} nodes / ${graph.edges.length} edges`);
        const page = await context.newPage();
        const errors: string[] = [];
        page.on("pageerror", (error) => errors.push(error.message));
        try {
          await page.goto(`${run.origin}/`);
          await page.waitForFunction(() => window.__renderBench !== undefined);
          const outcome = await withTimeout(measureOnPage(page, run.name, graph, seconds), RUN_TIMEOUT_MS);
          results.set(run.label, outcome);
        } catch (error) {
          const why = error instanceof Error ? error.message.split("\n")[0]! : String(error);
          results.set(run.label, { ok: false, error: [why, ...errors].join("; ") });
        } finally {
          await page.close().catch(() => undefined);
        }
      }
      const ours = results.get(oursLabel);
      for (const { label } of runs) {
        const outcome = results.get(label)!;
        if (!outcome.ok) {
          rows.push([graph.nodes.length, graph.edges.length, label, `FAILED: ${outcome.error.slice(0, 200)}`]);
          continue;
        }
        const ratio = (of: (o: RenderOutcome) => FrameCount) => {
          if (!ours?.ok || label === oursLabel) return undefined;
          if (of(outcome).fps === 0) return "it drew no frame";
          return `${(of(ours).fps / of(outcome).fps).toFixed(1)}×`;
        };
        rows.push([
          graph.nodes.length,
          graph.edges.length,
          label,
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
      "draws crowded canvases' nodes smaller (beyond discs covering ~100,000 px² at full size, as the explorer " +
      "does); ours adds its reducers' styling and places its labels. A baseline explorer (--baseline) runs its " +
      "own code as of its commit (on sigma 3: de-instanced programs, picking only at rest, an even sample of " +
      "hairlines zoomed out over 25,000 of them).",
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
