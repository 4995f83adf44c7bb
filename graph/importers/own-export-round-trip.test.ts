// Our own exports come back unchanged: the seed graph exported as graphology JSON, GEXF, GraphML and CSV
// imports into an empty store as the same graph, field by field (ids, kinds, names, aliases, properties,
// types, statuses, dates, amounts, notes, evidence and its sources, direction, the typed attributes a file
// gave entities and relations), and into its own store as no change.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fingerprintOf } from "../../test/reliability/support/store-fingerprint.js";
import { writeCsvFolder, writeExportFile } from "../export/index.js";
import { importSeedFolder } from "../import/index.js";
import { createKuzuStore } from "../kuzu/index.js";
import type { Entity } from "../model/entity.js";
import type { FileAttributes } from "../model/file-attributes.js";
import type { Graph } from "../model/graph.js";
import { toRelation } from "../model/relation.js";
import { createGraphQueries, MAX_OVERVIEW_ENTITIES } from "../queries/index.js";
import { SEEDS_DIR } from "../seed/curated-seeds.js";
import type { GraphStore } from "../store.js";
import { importFile } from "./import-file.js";

/** One value of every type a file attribute can have, with text that CSV and XML must quote or escape. */
const FILE_ATTRIBUTES: FileAttributes = {
  weight: { type: "float", value: 2 },
  "modularity class": { type: "integer", value: 4 },
  verified: { type: "boolean", value: false },
  seen: { type: "date", value: "2019-10-25T14:30:00Z" },
  tags: { type: "list", value: ["cloud", 'say "hi", <then> go', 3, true] },
  remark: { type: "string", value: "first line\nsecond, with a comma & an ampersand" },
};

/** An entity an imported file described beyond the model's fields. */
const ATTRIBUTED_ENTITY: Entity = {
  id: "org:websphere-atlas",
  kind: "Organization",
  name: "Websphere Atlas",
  aliases: [],
  properties: { country: "Czech Republic", attributes: FILE_ATTRIBUTES },
};

const UNDIRECTED_TIE = toRelation({
  id: "rel:org:oracle>competes_with>org:google|undirected",
  type: "COMPETES_WITH",
  from: "org:oracle",
  to: "org:google",
  status: "reported",
  directed: false,
  attributes: FILE_ATTRIBUTES,
  evidence: [{ source: "src:001", paragraph: 1, summary: "A tie with no direction, as an undirected file has them" }],
});

let root: string;
let original: GraphStore;
let exported: Graph;
const stores: GraphStore[] = [];

async function freshStore(name: string): Promise<GraphStore> {
  const store = await createKuzuStore({ dataDir: join(root, name) });
  await store.ensureSchema();
  stores.push(store);
  return store;
}

/** Every entity and relation in full, sorted, as the store gives them back. */
async function contentOf(store: GraphStore): Promise<Graph> {
  const graph = await createGraphQueries(store).overview({ limit: MAX_OVERVIEW_ENTITIES });
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1);
  return { nodes: [...graph.nodes].sort(byId), edges: [...graph.edges].sort(byId) };
}

async function expectSameAsExported(store: GraphStore): Promise<void> {
  const content = await contentOf(store);
  expect(content.nodes).toHaveLength(exported.nodes.length);
  expect(content.edges).toHaveLength(exported.edges.length);
  content.nodes.forEach((node, i) => expect(node).toEqual(exported.nodes[i]));
  content.edges.forEach((edge, i) => expect(edge).toEqual(exported.edges[i]));
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "own-export-"));
  original = await freshStore("original");
  await importSeedFolder(original, SEEDS_DIR);
  // The seeds hold no undirected relation; an imported network would.
  await original.upsertEntities([ATTRIBUTED_ENTITY]);
  await original.upsertRelations([
    UNDIRECTED_TIE,
    { ...UNDIRECTED_TIE, id: `${UNDIRECTED_TIE.id}-2`, to: ATTRIBUTED_ENTITY.id },
  ]);
  exported = await contentOf(original);
  expect(exported.edges.filter((edge) => edge.attributes).map((edge) => edge.attributes)).toEqual([
    FILE_ATTRIBUTES,
    FILE_ATTRIBUTES,
  ]);
  expect(exported.edges.filter((edge) => edge.directed === false)).toHaveLength(2);
}, 120_000);
afterAll(async () => {
  for (const store of stores) await store.close();
  await rm(root, { recursive: true, force: true });
});

describe.each(["graphology", "gexf", "graphml"] as const)("an export as %s", (format) => {
  let file: string;
  beforeAll(async () => {
    file = join(root, `seed-export.${format === "graphology" ? "json" : format}`);
    await writeExportFile(exported, format, file);
  });

  it("imports into an empty store as the same graph, field by field", async () => {
    const copy = await freshStore(`copy-${format}`);
    const summary = await importFile(copy, file);
    expect(summary).toMatchObject({ ownExport: true, source: null, skipped: {} });
    await expectSameAsExported(copy);
  });

  it("changes nothing in the store it came from", async () => {
    const before = await fingerprintOf(original);
    await importFile(original, file);
    expect(await fingerprintOf(original)).toEqual(before);
  });

  it("comes back the same through a mapping that says its ids are global", async () => {
    const mapping = join(root, "global-ids.mapping.yaml");
    await writeFile(mapping, "ids: global\n");
    const copy = await freshStore(`copy-global-${format}`);
    await importFile(copy, file, { mapping });
    await expectSameAsExported(copy);
  });
});

describe("an export as neo4j-admin CSV (nodes.csv with edges.csv beside it)", () => {
  let folder: string;
  beforeAll(async () => {
    folder = join(root, "seed-export-csv");
    await writeCsvFolder(exported, folder);
  });

  it("imports into an empty store as the same graph, field by field", async () => {
    const copy = await freshStore("copy-csv");
    const summary = await importFile(copy, join(folder, "nodes.csv"));
    expect(summary).toMatchObject({ ownExport: true, source: null, skipped: {} });
    await expectSameAsExported(copy);
  });

  it("changes nothing in the store it came from", async () => {
    const before = await fingerprintOf(original);
    await importFile(original, join(folder, "nodes.csv"));
    expect(await fingerprintOf(original)).toEqual(before);
  });

  it("asks for nodes.csv when given edges.csv alone", async () => {
    await expect(importFile(original, join(folder, "edges.csv"))).rejects.toThrow(/import the nodes\.csv beside it/);
  });
});
