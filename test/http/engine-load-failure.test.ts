// npm start on a system the embedded engine cannot run on stops at once with a message naming what is
// missing and Neo4j as the alternative. The load failure is simulated by a module hook in the child.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runTsx } from "./support/run-tsx.js";

const HOOK = fileURLToPath(new URL("./support/fail-engine-load.mjs", import.meta.url));
const root = fs.mkdtempSync(path.join(os.tmpdir(), "engine-load-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const startWithLoadError = (loaderError: string, dataDir: string) =>
  runTsx("server/main.ts", [], {
    PORT: "0",
    DATA_DIR: dataDir,
    NODE_OPTIONS: `--import=${HOOK}`,
    SIMULATED_ENGINE_LOAD_ERROR: loaderError,
  });

describe("starting the explorer where the embedded engine cannot load", () => {
  it("stops with the glibc it needs and the Neo4j alternative, and writes no store", async () => {
    const dataDir = path.join(root, "glibc");
    const run = await startWithLoadError(
      "/lib/x86_64-linux-gnu/libc.so.6: version `GLIBC_2.34' not found (required by lbugjs.node)",
      dataDir,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Cannot start: The embedded store cannot start: LadybugDB/);
    expect(run.stderr).toMatch(/needs glibc 2\.34 or newer/);
    expect(run.stderr).toMatch(/set NEO4J_URI/);
    expect(fs.existsSync(dataDir) ? fs.readdirSync(dataDir) : []).toEqual([]);
  });

  it("stops with OpenSSL 3 named when libssl.so.3 is missing", async () => {
    const run = await startWithLoadError(
      "libssl.so.3: cannot open shared object file: No such file or directory",
      path.join(root, "openssl"),
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/needs OpenSSL 3 \(libssl\.so\.3 is missing/);
    expect(run.stderr).toMatch(/set NEO4J_URI/);
  });
});
