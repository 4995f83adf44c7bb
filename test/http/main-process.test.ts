// server/main.ts as a user starts it: seeds an empty store, serves, refuses an open public bind,
// and stops cleanly on SIGTERM.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { finished, runTsx, startTsx, waitForOutput } from "./support/run-tsx.js";

const MAIN = "server/main.ts";
let dataRoot: string;

beforeAll(async () => {
  dataRoot = await mkdtemp(join(tmpdir(), "explorer-main-"));
});
afterAll(async () => {
  await rm(dataRoot, { recursive: true, force: true });
});

describe("server/main.ts", () => {
  it("refuses to bind a public address without API_TOKEN", async () => {
    const result = await runTsx(MAIN, [], { HOST: "0.0.0.0", PORT: "0", DATA_DIR: join(dataRoot, "refused") });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("API_TOKEN");
    expect(result.stderr).toContain("ALLOW_PUBLIC_BIND");
  });

  it("imports the seeds into an empty store, serves them, and exits 0 on SIGTERM", async () => {
    const env = { HOST: "127.0.0.1", PORT: "0", DATA_DIR: join(dataRoot, "served") };
    const first = startTsx(MAIN, [], env);
    const done = finished(first);
    const [, url] = await waitForOutput(first, /running at (http:\/\/\S+)/);
    const health = await (await fetch(`${url}/api/health`)).json();
    expect(health).toMatchObject({ status: "ok", store: "kuzu" });
    expect(health.entities).toBeGreaterThan(10);
    first.kill("SIGTERM");
    expect((await done).code).toBe(0);

    // A second start finds the data and leaves it as it is.
    const second = startTsx(MAIN, [], { ...env, LOG_LEVEL: "info" });
    const secondDone = finished(second);
    const [, secondUrl] = await waitForOutput(second, /running at (http:\/\/\S+)/);
    expect(await (await fetch(`${secondUrl}/api/health`)).json()).toEqual(health);
    second.kill("SIGINT");
    const result = await secondDone;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("skipping the seed import");
  });
});
