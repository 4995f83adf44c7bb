// POST /api/imports over a fresh Kuzu store: the reference files of other tools and a CSV with its mapping
// go in with the right counts, a second upload changes nothing, a dry run and a broken file write nothing,
// and an upload past the limit or without the token is refused in our error shape.
import { readFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createKuzuStore } from "../../graph/kuzu/index.js";
import { createGraphQueries } from "../../graph/queries/index.js";
import type { GraphStore } from "../../graph/store.js";
import { createApp, type AppOptions } from "../../server/app.js";
import { fixtureDir } from "../fixtures/fixture-dir.js";
import { fingerprintOf } from "../reliability/support/store-fingerprint.js";
import { expectErrorShape, type JsonResponse } from "./support/api-response.js";

const GEXF = fixtureDir("gexf");
const GRAPHML = fixtureDir("graphml");
const GRAPHOLOGY_JSON = fixtureDir("graphology-json");
const CSV_FIXTURES = fileURLToPath(new URL("../../graph/importers/csv/fixtures", import.meta.url));
const FTM_FIXTURES = fileURLToPath(new URL("../../graph/importers/ftm/fixtures", import.meta.url));
const TOKEN = "import-route-token-6b1e";

let root: string;
let store: GraphStore;
let app: FastifyInstance;
const apps: FastifyInstance[] = [];

async function appWith(options: Partial<AppOptions> = {}): Promise<FastifyInstance> {
  const created = await createApp({ store, queries: createGraphQueries(store), ...options });
  apps.push(created);
  return created;
}

async function form(file: string, mapping?: string): Promise<FormData> {
  const data = new FormData();
  data.append("file", new Blob([await readFile(file)]), basename(file));
  if (mapping) data.append("mapping", new Blob([await readFile(mapping)]), basename(mapping));
  return data;
}

async function upload(
  target: FastifyInstance,
  payload: FormData | string,
  query = "",
  headers: Record<string, string> = {},
): Promise<JsonResponse> {
  const response = await target.inject({ method: "POST", url: `/api/imports${query}`, payload, headers });
  let body: unknown;
  try {
    body = response.json();
  } catch {
    body = undefined;
  }
  return { status: response.statusCode, headers: new Headers(), text: response.body, body };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "import-route-"));
  store = await createKuzuStore({ dataDir: join(root, "data") });
  await store.ensureSchema();
  app = await appWith();
}, 60_000);
afterAll(async () => {
  await Promise.all(apps.map((a) => a.close()));
  await store?.close();
  await rm(root, { recursive: true, force: true });
});
beforeEach(() => store.clear());

describe("POST /api/imports", () => {
  it.each([
    ["gexf", join(GEXF, "les_miserables.gexf"), undefined, { entities: 78, relations: 254 }],
    ["graphml", join(GRAPHML, "miserables.graphml"), undefined, { entities: 78, relations: 254 }],
    [
      "graphology",
      join(GRAPHOLOGY_JSON, "les-miserables.graphology.json"),
      undefined,
      { entities: 78, relations: 254 },
    ],
    ["ftm", join(FTM_FIXTURES, "harbour-deal.ftm.json"), undefined, { entities: 9, relations: 8 }],
    ["csv", join(CSV_FIXTURES, "awards.csv"), join(CSV_FIXTURES, "awards.mapping.yaml"), { entities: 6, relations: 4 }],
  ] as const)(
    "imports %s (%s) with the right counts, and a second upload changes nothing",
    async (format, file, mapping, counts) => {
      const first = await upload(app, await form(file, mapping));
      expect(first.status, first.text).toBe(200);
      expect(first.body).toMatchObject({ file: basename(file), format, dryRun: false, ...counts });
      expect(first.body.source).toMatch(/^src:/);
      expect(await store.counts()).toEqual(counts);
      expect(await store.relationsCiting(first.body.source)).toHaveLength(counts.relations);

      const before = await fingerprintOf(store);
      const second = await upload(app, await form(file, mapping));
      expect(second.status).toBe(200);
      expect(second.body).toMatchObject({ source: first.body.source, ...counts });
      expect(await fingerprintOf(store)).toEqual(before);
    },
  );

  it("takes a file past the 1 MiB limit of the other routes, and an explicit format", async () => {
    const file = join(GRAPHOLOGY_JSON, "arctic.graphology.json");
    expect((await readFile(file)).length).toBeGreaterThan(1024 * 1024);
    const res = await upload(app, await form(file), "?format=graphology");
    expect(res.status, res.text).toBe(200);
    expect(res.body.format).toBe("graphology");
    expect(await store.counts()).toEqual({ entities: res.body.entities, relations: res.body.relations });
  });

  it("answers a dry run with what would be imported and writes nothing", async () => {
    await upload(app, await form(join(FTM_FIXTURES, "harbour-deal.ftm.json")));
    const before = await fingerprintOf(store);
    const file = join(GEXF, "les_miserables.gexf");
    const dry = await upload(app, await form(file), "?dryRun=true");
    expect(dry.status, dry.text).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, format: "gexf", entities: 78, relations: 254, records: 331 });
    expect(await fingerprintOf(store)).toEqual(before);
    const real = await upload(app, await form(file));
    expect({ ...real.body, seconds: 0, dryRun: true }).toEqual({ ...dry.body, seconds: 0 });
  });

  it("refuses a broken reference file with file, record and field, and writes nothing", async () => {
    await upload(app, await form(join(GEXF, "les_miserables.gexf")));
    const before = await fingerprintOf(store);

    const gexf = expectErrorShape(
      await upload(app, await form(join(GEXF, "missing_nodes.gexf"))),
      400,
      "invalid_input",
    );
    expect(gexf.message).toMatch(/^Imported file missing_nodes\.gexf has \d+ problems?:\n- missing_nodes\.gexf: edge/);
    expect(gexf.message).toMatch(/field "(source|target)"/);
    expect(JSON.stringify(gexf)).not.toContain(tmpdir());

    const graphml = expectErrorShape(
      await upload(app, await form(join(GRAPHML, "miserables_broken.graphml"))),
      400,
      "invalid_input",
    );
    expect(graphml.message).toContain("miserables_broken.graphml: ");
    expect(graphml.message).toMatch(/field "/);

    const csv = expectErrorShape(
      await upload(app, await form(join(CSV_FIXTURES, "awards-bad.csv"), join(CSV_FIXTURES, "awards.mapping.yaml"))),
      400,
      "invalid_input",
    );
    expect(csv.message).toMatch(/awards-bad\.csv: line 4: field "signed"/);
    expect(await fingerprintOf(store)).toEqual(before);
  });

  it("refuses a CSV without its mapping, a form without a file, an empty file and a non-multipart body", async () => {
    const noMapping = expectErrorShape(
      await upload(app, await form(join(CSV_FIXTURES, "awards.csv"))),
      400,
      "invalid_input",
    );
    expect(noMapping.message).toMatch(/mapping/i);

    const onlyMapping = new FormData();
    onlyMapping.append("mapping", new Blob(["entities: {}"]), "m.yaml");
    expect(expectErrorShape(await upload(app, onlyMapping), 400, "invalid_input").message).toMatch(/no "file" part/);

    const empty = new FormData();
    empty.append("file", new Blob([""]), "nothing.ijson");
    expect(expectErrorShape(await upload(app, empty), 400, "invalid_input").message).toMatch(/nothing to import/);

    const json = await app.inject({
      method: "POST",
      url: "/api/imports",
      payload: { nodes: [{ key: "a" }] },
    });
    expect(json.statusCode).toBe(415);
    expect(json.json().error.code).toBe("unsupported_media_type");
    expect(await store.counts()).toEqual({ entities: 0, relations: 0 });
  });

  it("refuses an upload past IMPORT_LIMIT_BYTES with 413, and writes nothing", async () => {
    const small = await appWith({ importLimitBytes: 10_000 });
    const res = await upload(small, await form(join(GEXF, "les_miserables.gexf")));
    const error = expectErrorShape(res, 413, "too_large");
    expect(error.message).toContain("10000 bytes");
    expect(error.details).toMatchObject({ limitBytes: 10_000 });
    expect(await store.counts()).toEqual({ entities: 0, relations: 0 });
    expect((await upload(small, await form(join(GEXF, "basic.gexf")))).status).toBe(200);
  });

  it("leaves the other routes with their 1 MiB JSON limit and no multipart", async () => {
    const big = { query: `RETURN '${"x".repeat(2 * 1024 * 1024)}' AS s` };
    const json = await app.inject({ method: "POST", url: "/api/cypher", payload: big });
    expect(json.statusCode).toBe(413);
    const multipart = await app.inject({
      method: "POST",
      url: "/api/merges",
      payload: await form(join(GEXF, "basic.gexf")),
    });
    expect(multipart.statusCode).toBe(415);
  });

  it("needs the token when the server has one", async () => {
    const guarded = await appWith({ apiToken: TOKEN });
    const file = join(GEXF, "basic.gexf");
    expectErrorShape(await upload(guarded, await form(file)), 401, "unauthorized");
    expectErrorShape(
      await upload(guarded, await form(file), "", { authorization: "Bearer wrong" }),
      401,
      "unauthorized",
    );
    expect(await store.counts()).toEqual({ entities: 0, relations: 0 });
    const res = await upload(guarded, await form(file), "", { authorization: `Bearer ${TOKEN}` });
    expect(res.status, res.text).toBe(200);
  });
});
