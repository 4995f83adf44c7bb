// With --json, the CLI's failures are JSON as well, in the API's error shape, so scripts can read them.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runTsx } from "../http/support/run-tsx.js";

const CLI = "server/cli/main.ts";
let root: string;
let env: Record<string, string>;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "explorer-cli-json-"));
  env = { DATA_DIR: join(root, "data") };
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("cli --json on failure", () => {
  it("prints { error: { code, message, details } } naming what is wrong, and exits 1", async () => {
    const run = await runTsx(CLI, ["import", join(root, "missing.graphml"), "--json"], env);
    expect(run.code).toBe(1);
    const body = JSON.parse(run.stdout) as { error: { code: string; message: string; details: object } };
    expect(body.error).toMatchObject({ code: "invalid_input", details: { parameter: "path" } });
    expect(body.error.message).toContain("missing.graphml");
  });

  it("prints a usage error as JSON too (code usage, exit 2), naming the option it does not know", async () => {
    const run = await runTsx(CLI, ["import", join(root, "x.csv"), "--on-eror", "skip", "--json"], env);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("");
    const body = JSON.parse(run.stdout) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("usage");
    expect(body.error.message).toContain("--on-eror");
  });

  it("stays text without --json", async () => {
    const run = await runTsx(CLI, ["import", join(root, "missing.graphml")], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^Error: .*missing\.graphml does not exist/m);
  });
});
