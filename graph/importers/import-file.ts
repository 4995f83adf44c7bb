// The one entry point for "bring your own data": reads a CSV (with a mapping), GEXF, GraphML, graphology
// JSON or FollowTheMoney file, validates all of it, then writes it with the seed import's batched upserts.
import { stat } from "node:fs/promises";
import { InvalidInputError } from "../errors.js";
import { importSeedGraph, type ImportProgress } from "../import/index.js";
import type { GraphStore } from "../store.js";
import { readCsvGraph } from "./csv/import-csv.js";
import { csvHeaderOf, ownCsvPartOf, readOwnCsvExport } from "./csv/read-own-csv-export.js";
import { detectFormat, type ImportFormat } from "./detect-format.js";
import { readFtmGraph } from "./ftm/import-ftm.js";
import { readGexfGraph } from "./gexf/import-gexf.js";
import { readGraphmlGraph } from "./graphml/import-graphml.js";
import { readGraphologyGraph } from "./graphology/import-graphology.js";
import { formatOfContent, headOf } from "./sniff-format.js";
import type { ReadGraph } from "./shared/read-graph.js";

export interface ImportFileOptions {
  /** Guessed from the extension when absent. */
  format?: ImportFormat;
  /** A mapping file (YAML or JSON): required for CSV, optional for the other formats. */
  mapping?: string;
  onProgress?: (progress: ImportProgress) => void;
  /** Records per upsert call (default 500). */
  batchSize?: number;
  /** Read and validate only: the summary says what would be written, and nothing is. */
  dryRun?: boolean;
  /** CSV only: `skip` leaves rows with a problem out (listed in `skippedRows`); `refuse` (default) the file. */
  onError?: ImportErrorPolicy;
}

export const IMPORT_ERROR_POLICIES = ["refuse", "skip"] as const;
export type ImportErrorPolicy = (typeof IMPORT_ERROR_POLICIES)[number];

export interface ImportFileSummary {
  entities: number;
  relations: number;
  seconds: number;
  /** The Source entity the file became, which every imported relation cites; null for a file our export wrote. */
  source: string | null;
  /** True when the file is one our export wrote: its records came back as they were, ids included. */
  ownExport: boolean;
  format: ImportFormat;
  /** Rows, nodes and edges, or FtM entities read from the file. */
  records: number;
  /** Records left out on purpose, by reason. */
  skipped: Record<string, number>;
  /** What was kept in another form than the file's, by how: GEXF spells as relation periods. */
  readAs: Record<string, number>;
  /** With onError=skip: every row left out, by line, with why. */
  skippedRows?: ReadGraph["skippedRows"];
  /** What the file holds, entities by kind and relations by type: a dry run's preview. */
  kinds: Record<string, number>;
  types: Record<string, number>;
}

function countsBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

type Reader = (
  path: string,
  mapping: string | undefined,
  options: { onError?: ImportErrorPolicy },
) => Promise<ReadGraph>;

const READERS: Record<ImportFormat, Reader> = {
  csv: readCsvGraph,
  gexf: readGexfGraph,
  graphml: readGraphmlGraph,
  graphology: readGraphologyGraph,
  ftm: readFtmGraph,
};

/**
 * Our own CSV export needs no mapping: its nodes.csv (with the edges.csv beside it) is read back as it was
 * written. Its edges.csv alone cannot be: the entities it joins are in nodes.csv.
 */
async function ownCsvReader(path: string): Promise<Reader | undefined> {
  const part = ownCsvPartOf((await csvHeaderOf(path)) ?? []);
  if (part === "nodes") return (nodesPath) => readOwnCsvExport(nodesPath);
  if (part === "edges")
    throw new InvalidInputError(
      `${path} is the edges.csv of our export: import the nodes.csv beside it, which brings it`,
      {
        file: path,
        parameter: "path",
      },
    );
  return undefined;
}

function readerFor(format: ImportFormat, path: string, mapping: string | undefined): Reader {
  if (format !== "csv" || mapping !== undefined) return READERS[format];
  return async (...args) => ((await ownCsvReader(path)) ?? READERS.csv)(...args);
}

/** Reads and validates a file without writing anything: what importFile would write. */
export async function readImportFile(
  path: string,
  options: Pick<ImportFileOptions, "format" | "mapping" | "onError"> = {},
): Promise<ReadGraph & { format: ImportFormat }> {
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile())
    throw new InvalidInputError(`${path} does not exist or is not a file`, { parameter: "path", file: path });
  const format = options.format
    ? detectFormat(path, options.format)
    : (formatOfContent(await headOf(path)) ?? detectFormat(path));
  if (options.onError === "skip" && format !== "csv") {
    throw new InvalidInputError(`onError=skip applies to CSV files, row by row; ${path} is ${format}`, {
      parameter: "onError",
      file: path,
    });
  }
  const read = await readerFor(format, path, options.mapping)(path, options.mapping, { onError: options.onError });
  // A file that yields nothing but its own Source entity is empty or all skipped: almost surely the wrong file.
  if (!read.graph.entities.some((entity) => entity.id !== read.sourceId)) {
    const skipped = Object.entries(read.skipped).map(([reason, count]) => `${count} ${reason}`);
    const why = read.records === 0 ? "it holds no records" : `every record is skipped (${skipped.join(", ")})`;
    throw new InvalidInputError(`${path}: nothing to import: ${why}`, { file: path, skipped: read.skipped });
  }
  return { ...read, format };
}

/** Writes nothing unless the whole file is valid, nor on a dry run; importing the same file again changes nothing. */
export async function importFile(
  store: GraphStore,
  path: string,
  options: ImportFileOptions = {},
): Promise<ImportFileSummary> {
  const started = performance.now();
  const read = await readImportFile(path, options);
  const written = options.dryRun
    ? { entities: read.graph.entities.length, relations: read.graph.relations.length }
    : await importSeedGraph(store, read.graph, {
        ...(options.batchSize !== undefined ? { batchSize: options.batchSize } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });
  return {
    entities: written.entities,
    relations: written.relations,
    seconds: (performance.now() - started) / 1000,
    source: read.sourceId,
    ownExport: read.ownExport === true,
    kinds: countsBy(read.graph.entities, (entity) => entity.kind),
    types: countsBy(read.graph.relations, (relation) => relation.type),
    format: read.format,
    records: read.records,
    skipped: read.skipped,
    readAs: read.readAs ?? {},
    ...(read.skippedRows ? { skippedRows: read.skippedRows } : {}),
  };
}
