// POST /api/imports with a hostile mapping part, on a real port: a YAML alias bomb and a pattern RE2
// cannot run answer 400 naming the problem, and a backtracking-prone pattern over long values is run in
// linear time while /api/health keeps answering.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { aliasBomb } from "../../graph/importers/shared/hostile-mappings.test-support.js";
import { createKuzuStore } from "../../graph/kuzu/index.js";
import { createGraphQueries } from "../../graph/queries/index.js";
import type { GraphStore } from "../../graph/store.js";
import { expectErrorShape, type JsonResponse } from "./support/api-response.js";
import { listen, type ListeningApp } from "./support/listening-app.js";

/**
 * Generous: health must not wait for the upload (a backtracking engine would hold the event loop for
 * ever), not be fast; on a loaded 2-core CI machine one synchronous batch took 2.5 s.
 */
const HEALTH_BOUND_MS = 5_000;

let root: string;
let store: GraphStore;
let server: ListeningApp;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "import-hostile-"));
  store = await createKuzuStore({ dataDir: join(root, "data") });
  await store.ensureSchema();
  server = await listen({ store, queries: createGraphQueries(store) });
}, 60_000);
afterAll(async () => {
  await server?.close();
  await store?.close();
  await rm(root, { recursive: true, force: true });
});

async function upload(csv: string, mapping: string, mappingName: string): Promise<JsonResponse> {
  const form = new FormData();
  form.append("file", new Blob([csv]), "vendors.csv");
  form.append("mapping", new Blob([mapping]), mappingName);
  const response = await fetch(`${server.baseUrl}/api/imports?dryRun=true`, { method: "POST", body: form });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) };
}

const mappingWithPattern = (pattern: string) =>
  JSON.stringify({ entities: { org: { kind: "Organization", name: { column: "vendor", pattern } } } });

describe("POST /api/imports with a hostile mapping", () => {
  it("refuses a billion-laughs YAML mapping with 400, naming the mapping file and its aliases", async () => {
    const started = performance.now();
    const error = expectErrorShape(await upload("vendor\nACME\n", aliasBomb(), "bomb.yaml"), 400, "invalid_input");
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(error.message).toMatch(/^bomb\.yaml: YAML anchors .* and aliases .* are not allowed/);
    expect(error.message).not.toContain(root);
  });

  it("refuses a pattern with a backreference with 400, naming the mapping field", async () => {
    const response = await upload("vendor\nACME\n", mappingWithPattern("(a+)\\1"), "vendors.mapping.json");
    const error = expectErrorShape(response, 400, "invalid_input");
    expect(error.message).toContain("entities.org.name.pattern");
    expect(error.message).toContain("backreferences");
  });

  it("runs ^(a+)+$ over 5,000 long values while /api/health keeps answering", async () => {
    // A backtracking engine would try 2^250 splits of each name and hold the event loop the whole time.
    const names = Array.from({ length: 5_000 }, (_, i) => `${"a".repeat(250)}! ${i}`);
    const pending = upload(`vendor\n${names.join("\n")}\n`, mappingWithPattern("^(a+)+$"), "vendors.mapping.json");
    let done = false;
    void pending.finally(() => (done = true));
    const latencies: number[] = [];
    while (!done) {
      const started = performance.now();
      const health = await fetch(`${server.baseUrl}/api/health`, { signal: AbortSignal.timeout(HEALTH_BOUND_MS) });
      expect(health.status).toBe(200);
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const response = await pending;
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ dryRun: true, records: 5_000, entities: 5_001 });
    expect(latencies.length).toBeGreaterThan(0);
    expect(Math.max(...latencies)).toBeLessThan(HEALTH_BOUND_MS);
  }, 60_000);
});
