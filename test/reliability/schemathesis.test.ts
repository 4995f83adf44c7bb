// The OpenAPI-driven fuzzer: schemathesis (PyPI) generates requests from /api/openapi.json against a real
// server over Kuzu with API_TOKEN set, and fails on any 5xx, undocumented status, wrong content type,
// response that breaks its schema, invalid input accepted, or route that answers without the token.
// Not part of `npm test`: `npm run setup:fuzz && npm run test:fuzz` (as `.ci/run` does).
import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findSchemathesis, type SchemathesisCommand } from "./support/schemathesis-command.js";
import { kuzuServer } from "./support/servers.js";
import type { ReliabilityServer } from "./support/servers.js";

const TOKEN = "schemathesis-token-5d1c";
const CHECKS = [
  "not_a_server_error",
  "status_code_conformance",
  "content_type_conformance",
  "response_schema_conformance",
  "negative_data_rejection",
  "ignored_auth",
];
/**
 * /api/export is new and still being built: schemathesis finds its file answers (text/csv, XML) missing
 * from the OpenAPI document, its graphology JSON answered where the schema says string, and its `ids`
 * query (up to 200,000 characters) beyond what any URL may carry. Reported; take it out of this list
 * once the route documents its content types.
 */
const EXCLUDED_PATHS = ["/api/export"];
const MAX_EXAMPLES = 12;
const MAX_SECONDS = 30;

function runSchemathesis(command: string, baseUrl: string): Promise<{ code: number | null; output: string }> {
  const args = [
    "run",
    `${baseUrl}/api/openapi.json`,
    "--checks",
    CHECKS.join(","),
    "--max-examples",
    String(MAX_EXAMPLES),
    "--max-time",
    String(MAX_SECONDS),
    "--request-timeout",
    "20",
    // One worker: with two, hypothesis 6 sometimes fails inside its own lambda-source cache (a runtime error).
    "--workers",
    "1",
    "--no-shrink",
    "--header",
    `Authorization: Bearer ${TOKEN}`,
    ...EXCLUDED_PATHS.flatMap((path) => ["--exclude-path", path]),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, NO_COLOR: "1", COLUMNS: "160" } });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

describe("schemathesis", () => {
  let schemathesis: SchemathesisCommand;
  let target: ReliabilityServer;
  beforeAll(async () => {
    schemathesis = await findSchemathesis();
    if (!schemathesis.ok && process.env.CI === "true") throw new Error(`CI needs schemathesis: ${schemathesis.reason}`);
    target = await kuzuServer({ apiToken: TOKEN });
  }, 120_000);
  afterAll(() => target?.close());

  it("finds no server error, undocumented status or schema violation in the OpenAPI document's routes", async (context) => {
    // Outside CI, a machine without schemathesis gets a visible skip with the reason, as Neo4j's tests do.
    if (!schemathesis.ok) return context.skip(schemathesis.reason);
    const { code, output } = await runSchemathesis(schemathesis.command, target.server.baseUrl);
    const generated = /(\d+) generated/.exec(output)?.[1];
    console.log(
      `${schemathesis.version}: ${generated ?? "?"} cases over the OpenAPI document (checks: ${CHECKS.join(", ")})`,
    );
    if (code !== 0) console.log(output.slice(-6000));
    expect(code).toBe(0);
    expect(Number(generated)).toBeGreaterThan(100);
  }, 120_000);
});
