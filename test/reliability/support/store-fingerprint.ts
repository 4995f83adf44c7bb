// What "the store is unchanged" means in these tests: its counts and a SHA-256 over every entity and
// relation in full (ids, names, properties, evidence), read through the GraphStore interface.
import { createHash } from "node:crypto";
import type { GraphStore } from "../../../graph/store.js";

export interface StoreFingerprint {
  entities: number;
  relations: number;
  checksum: string;
}

const EVERYTHING = 10_000_000;

export async function fingerprintOf(store: GraphStore): Promise<StoreFingerprint> {
  const counts = await store.counts();
  const ids = [...(await store.listEntityIds({ limit: EVERYTHING }))].sort();
  const nodes = (await store.getEntities(ids)).sort((a, b) => (a.id < b.id ? -1 : 1));
  const edges = ids.length > 0 ? (await store.relationsAmong(ids)).sort((a, b) => (a.id < b.id ? -1 : 1)) : [];
  const hash = createHash("sha256");
  for (const item of [...nodes, ...edges]) hash.update(JSON.stringify(item)).update("\n");
  return { entities: counts.entities, relations: counts.relations, checksum: hash.digest("hex") };
}

/** Ids of every entity and relation, for counting duplicates and missing records after an import. */
export async function idsOf(store: GraphStore): Promise<{ entityIds: string[]; relationIds: string[] }> {
  const entityIds = [...(await store.listEntityIds({ limit: EVERYTHING }))].sort();
  const relationIds = entityIds.length > 0 ? (await store.relationsAmong(entityIds)).map((e) => e.id).sort() : [];
  return { entityIds, relationIds };
}
