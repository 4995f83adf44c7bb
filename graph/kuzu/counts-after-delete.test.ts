// LadybugDB 0.19.1 answers count(r) over a relation pattern from stale statistics after relations loaded
// by COPY are deleted: a cleared store said it still held 736 relations. Counting a property reads rows.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { Entity } from "../model/entity.js";
import { RelationInput, toRelation } from "../model/relation.js";
import type { GraphStore } from "../store.js";
import { createKuzuStore } from "./kuzu-store.js";

const ENTITY_COUNT = 3_000;
const RELATION_COUNT = 6_000;
const SOURCE = "src:register";
const entities = [
  Entity.parse({
    id: SOURCE,
    kind: "Source",
    name: "Register",
    properties: {
      title: "Register",
      language: "en",
      file: "register.csv",
      published: "2024",
      publishedInferred: false,
    },
  }),
  ...Array.from({ length: ENTITY_COUNT }, (_, i) =>
    Entity.parse({ id: `org:o${i}`, kind: "Organization", name: `Org ${i}` }),
  ),
];
const relations = Array.from({ length: RELATION_COUNT }, (_, i) =>
  toRelation(
    RelationInput.parse({
      type: "PARTNERS_WITH",
      from: `org:o${i % ENTITY_COUNT}`,
      to: `org:o${(i * 7 + 1) % ENTITY_COUNT}`,
      id: `rel:r${i}`,
      status: "confirmed",
      evidence: [{ source: SOURCE, paragraph: 1, summary: "Listed as partners." }],
    }),
  ),
);

let root: string;
let store: GraphStore;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "counts-after-delete-"));
  store = await createKuzuStore({ dataDir: join(root, "data") });
  await store.ensureSchema();
});
afterAll(async () => {
  await store?.close();
  await rm(root, { recursive: true, force: true });
});

it("a store bulk-loaded and then cleared counts no relations, and counts right after loading again", async () => {
  expect(await store.bulkLoadIntoEmpty({ entities, relations })).toBe(true);
  expect(await store.counts()).toEqual({ entities: ENTITY_COUNT + 1, relations: RELATION_COUNT });
  await store.clear();
  expect(await store.counts()).toEqual({ entities: 0, relations: 0 });
  expect(await store.schemaCounts()).toEqual({ kinds: [], relationTypes: [] });
  expect(await store.bulkLoadIntoEmpty({ entities, relations })).toBe(true);
  expect(await store.counts()).toEqual({ entities: ENTITY_COUNT + 1, relations: RELATION_COUNT });
}, 120_000);
