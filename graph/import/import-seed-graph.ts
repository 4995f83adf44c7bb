// Writes a validated seed graph into a store: entities first, then relations, in batches of upserts,
// so running it twice changes nothing. Bad input is refused before the first write.
import { InvalidInputError } from "../errors.js";
import { loadSeedFolder, validateSeedGraph, type SeedGraph } from "../seed/index.js";
import type { GraphStore } from "../store.js";

export const DEFAULT_IMPORT_BATCH_SIZE = 500;
/** From this many records on, an empty store that can load in bulk does (small imports keep the upserts). */
export const DEFAULT_BULK_MIN_RECORDS = 5_000;

export interface ImportProgress {
  phase: "entities" | "relations";
  /** Records of this phase written so far. */
  done: number;
  total: number;
}

export interface ImportOptions {
  /** Records per upsert call, each call one transaction (default 500). */
  batchSize?: number;
  onProgress?: (progress: ImportProgress) => void;
  /** Records (entities + relations) from which an empty store's bulk load is used (default 5000). */
  bulkMinRecords?: number;
}

export interface ImportSummary {
  entities: number;
  relations: number;
  seconds: number;
}

export async function importSeedGraph(
  store: GraphStore,
  seedGraph: SeedGraph,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const batchSize = checkedBatchSize(options.batchSize ?? DEFAULT_IMPORT_BATCH_SIZE);
  const started = performance.now();
  const graph = validateSeedGraph(seedGraph);
  const report = options.onProgress ?? (() => undefined);

  report({ phase: "entities", done: 0, total: graph.entities.length });
  // An empty store that can load in bulk (Kuzu's COPY FROM, Neo4j's batched CREATE) takes everything at once.
  const bulkMinRecords = options.bulkMinRecords ?? DEFAULT_BULK_MIN_RECORDS;
  const records = graph.entities.length + graph.relations.length;
  if (records >= bulkMinRecords && (await store.bulkLoadIntoEmpty(graph))) {
    report({ phase: "entities", done: graph.entities.length, total: graph.entities.length });
    report({ phase: "relations", done: graph.relations.length, total: graph.relations.length });
    return summaryOf(graph, started);
  }
  for (const [done, batch] of batchesOf(graph.entities, batchSize)) {
    await store.upsertEntities(batch);
    report({ phase: "entities", done, total: graph.entities.length });
  }
  report({ phase: "relations", done: 0, total: graph.relations.length });
  for (const [done, batch] of batchesOf(graph.relations, batchSize)) {
    await store.upsertRelations(batch);
    report({ phase: "relations", done, total: graph.relations.length });
  }
  return summaryOf(graph, started);
}

function summaryOf(graph: SeedGraph, started: number): ImportSummary {
  return {
    entities: graph.entities.length,
    relations: graph.relations.length,
    seconds: (performance.now() - started) / 1000,
  };
}

/** Loads and validates the whole folder first, so a bad file stops the import before anything is written. */
export async function importSeedFolder(
  store: GraphStore,
  dir: string,
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const started = performance.now();
  const graph = await loadSeedFolder(dir);
  const summary = await importSeedGraph(store, graph, options);
  return { ...summary, seconds: (performance.now() - started) / 1000 };
}

/** Yields [records done after this batch, batch]. */
export function* batchesOf<T>(items: readonly T[], size: number): Generator<[number, T[]]> {
  for (let start = 0; start < items.length; start += size) {
    const batch = items.slice(start, start + size);
    yield [start + batch.length, batch];
  }
}

function checkedBatchSize(size: number): number {
  if (!Number.isSafeInteger(size) || size < 1 || size > 100_000) {
    throw new InvalidInputError(`batchSize must be a whole number from 1 to 100000, got ${String(size)}`, {
      parameter: "batchSize",
    });
  }
  return size;
}
