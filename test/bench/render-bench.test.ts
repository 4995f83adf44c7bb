// The render benchmark at a tiny size in the real Chromium: every renderer opens, is measured under the
// page's camera and under the mouse, and the table has a row of figures for each. No figure is judged.
import { describe, expect, it } from "vitest";
import { runRenderBench } from "../../bench/render/run-render-bench.js";

describe("render benchmark", () => {
  it("measures all four renderers under the page's camera and under the mouse", async () => {
    const [table] = await runRenderBench({ sizes: [60], seed: 3, seconds: 0.4, log: () => undefined });
    const renderer = table!.headers.indexOf("renderer");
    const [cameraFps, mouseFps, browserFps] = ["camera fps", "mouse fps", "browser fps"].map((header) =>
      table!.headers.indexOf(header),
    );
    const names = table!.rows.map((row) => String(row[renderer]));
    // Our row names the sigma version it draws with, so a renderer change reads in the table.
    expect(names[0]).toMatch(/^explorer \(sigma \d+\.\d+\.\d+\)$/);
    expect(names.slice(1)).toEqual(["neovis.js (vis-network)", "Neo4j NVL", "Cytoscape.js"]);
    for (const row of table!.rows) {
      expect(row.join(" ")).not.toContain("FAILED");
      expect(row[cameraFps!]).toBeGreaterThan(0);
      // Frames drawn in are counted for every renderer, and are among the frames the browser showed.
      expect(row[mouseFps!]).toBeGreaterThan(0);
      expect(row[browserFps!]).toBeGreaterThanOrEqual(row[mouseFps!] as number);
    }
  }, 240_000);
});
