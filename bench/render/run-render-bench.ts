// `npm run bench -- render`: builds the bench page, then in headless Chromium (WebGL via SwiftShader)
// measures time to first frame and frames per second while panning and zooming, for our explorer's
// renderer and the peers' on the same graphs, in the same run.
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import type { Table } from "../report/table.js";
import type { RendererName, RenderOutcome } from "./bench-page.js";
import { renderGraphOf } from "./render-graph.js";

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
      `WebGL: ${gpu}. Viewport 1280×720. ${seconds} s of camera animation per run (orbit while zooming 1×→4×→1×).`,
    );
    for (const size of options.sizes) {
      const graph = renderGraphOf(size, options.seed);
      const results = new Map<RendererName, RenderOutcome>();
      for (const name of NAMES) {
        options.log(`render: ${name}, ${graph.nodes.length} nodes / ${graph.edges.length} edges`);
        const page = await context.newPage();
        const errors: string[] = [];
        page.on("pageerror", (error) => errors.push(error.message));
        try {
          await page.goto(`${ORIGIN}/`);
          await page.waitForFunction(() => window.__renderBench !== undefined);
          const outcome = await withTimeout(
            page.evaluate(([n, g, s]) => window.__renderBench!.run(n, g, s), [name, graph, seconds] as const),
            RUN_TIMEOUT_MS,
          );
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
        const ratio = ours?.ok && peer ? (ours.fps / outcome.fps).toFixed(1) : undefined;
        rows.push([
          graph.nodes.length,
          graph.edges.length,
          name,
          outcome.timeToFirstFrameMs,
          outcome.fps,
          outcome.worstFrameMs,
          ratio === undefined ? undefined : `${ratio}×`,
        ]);
      }
    }
  } finally {
    await browser.close();
  }
  notes.push(
    "Every renderer gets the same fixed positions (no layout running) and draws arrows, except that ours, as the " +
      "explorer does beyond 2,000 relations, draws plain lines and keeps arrows for the relations in focus; ours " +
      "adds its reducers' styling.",
  );
  return [
    {
      title: "Rendering while panning and zooming",
      headers: ["nodes", "edges", "renderer", "first frame ms", "fps", "worst frame ms", "ours ÷ this fps"],
      rows,
      notes,
    },
  ];
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
