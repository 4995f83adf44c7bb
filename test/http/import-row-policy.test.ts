// POST /api/imports?onError=: a CSV with bad rows is refused whole by default; with skip the good rows go
// in and each row left out is answered by line with its problems; a wrong value names the parameter.
import { readFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createKuzuStore } from "../../graph/kuzu/index.js";
import { createGraphQueries } from "../../graph/queries/index.js";
import type { GraphStore } from "../../graph/store.js";
import { createApp } from "../../server/app.js";

const CSV_FIXTURES = fileURLToPath(new URL("../../graph/importers/csv/fixtures", import.meta.url));
const GRAPHML = fileURLToPath(new URL("../fixtures/graphml", import.meta.url));

let root: string;
let store: GraphStore;
let app: FastifyInstance;

async function upload(query: string, file: string, mapping?: string) {
  const data = new FormData();
  data.append("file", new Blob([await readFile(file)]), basename(file));
  if (mapping) data.append("mapping", new Blob([await readFile(mapping)]), basename(mapping));
  const response = await app.inject({ method: "POST", url: `/api/imports${query}`, payload: data });
  return { status: response.statusCode, body: response.json<Record<string, unknown>>() };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "import-row-policy-"));
  store = await createKuzuStore({ dataDir: join(root, "data") });
  await store.ensureSchema();
  app = await createApp({ store, queries: createGraphQueries(store) });
}, 60_000);

afterAll(async () => {
  await app?.close();
  await store?.close();
  await rm(root, { recursive: true, force: true });
});

describe("POST /api/imports with a row policy", () => {
  const csv = join(CSV_FIXTURES, "awards-bad.csv");
  const mapping = join(CSV_FIXTURES, "awards.mapping.yaml");

  it("refuses the whole file by default and writes nothing", async () => {
    const { status } = await upload("", csv, mapping);
    expect(status).toBe(400);
    expect((await store.counts()).entities).toBe(0);
  });

  it("with onError=skip imports the good row and lists the two left out by line", async () => {
    const { status, body } = await upload("?onError=skip", csv, mapping);
    expect(status).toBe(200);
    expect(body.skippedRows).toEqual([
      { line: 4, problems: ["signed: 31.2.2024 is not a day of the calendar"] },
      { line: 5, problems: [expect.stringMatching(/^amount: /)] },
    ]);
    expect(body.relations).toBe(2);
    expect(await store.getEntities(["org:schmidt-ag"])).toEqual([]);
  });

  it("answers 400 naming onError for a value it does not know, or for a file that is not CSV", async () => {
    const wrong = await upload("?onError=ignore", csv, mapping);
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(wrong.body)).toContain("onError");
    const graphml = await upload("?onError=skip", join(GRAPHML, "basic.graphml"));
    expect(graphml.status).toBe(400);
    expect(graphml.body).toMatchObject({ error: { details: { parameter: "onError" } } });
  });
});
