// The fast path for filling an empty Kuzu store: the validated records are written as two temporary
// CSV files (entities, then relations) and loaded with Kuzu's COPY FROM, which is about two orders of
// magnitude faster than UNWIND/MERGE batches. Refuses (returns false) when the store already holds data.
import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { once } from "node:events";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InvalidInputError } from "../errors.js";
import type { Entity } from "../model/entity.js";
import type { Relation } from "../model/relation.js";
import { ALIAS_SEPARATOR, countOf, entityRowOf, relationRowOf, type EntityRow, type RelationRow } from "./kuzu-rows.js";
import type { RunQuery } from "./kuzu-session.js";
import * as Q from "./queries.js";
import { ENTITY_COLUMNS, RELATION_COLUMNS } from "./table-columns.js";

/** Characters the CSV encoding uses for itself: a value holding one cannot take the bulk path. */
const RESERVED_CHARACTERS = ["\u001d", "\u001e", "\u001f"];

export interface BulkRecords {
  entities: readonly Entity[];
  relations: readonly Relation[];
}

export async function bulkLoadIntoEmpty(run: RunQuery, records: BulkRecords, chunkRows: number): Promise<boolean> {
  const [entityCount] = await run(Q.COUNT_ENTITIES);
  if (countOf(entityCount) > 0 || records.entities.length === 0) return false;
  const ids = new Set(records.entities.map((entity) => entity.id));
  const dangling = records.relations.find((r) => !ids.has(r.from) || !ids.has(r.to));
  if (dangling) {
    const end = ids.has(dangling.from) ? dangling.to : dangling.from;
    throw new InvalidInputError(`relation ${dangling.id} points at ${end}, which is not among the entities loaded`, {
      relation: dangling.id,
      entity: end,
    });
  }
  const entityRows = records.entities.map(entityRowOf);
  const relationRows = records.relations.map(relationRowOf);
  const holdsReserved = (text: string) => RESERVED_CHARACTERS.some((c) => text.includes(c));
  // Aliases are joined by one of the reserved characters, so they are checked one by one.
  const entityTexts = (row: EntityRow) => [row.name, row.searchText, ...row.aliases.split(ALIAS_SEPARATOR)];
  if (entityRows.some((row) => entityTexts(row).some(holdsReserved))) return false;
  if (relationRows.some((row) => holdsReserved(row.note) || row.sources.some(holdsReserved))) return false;

  const folder = mkdtempSync(join(tmpdir(), "kuzu-bulk-"));
  try {
    for (const [n, chunk] of chunksOf(entityRows, chunkRows).entries()) {
      const file = join(folder, `entities-${n}.csv`);
      await writeCsv(
        file,
        ENTITY_HEADERS,
        chunk.map((r) => [r.id, r.kind, r.name, r.aliases, r.searchText, r.properties]),
      );
      await run(Q.copyEntitiesFrom(file));
    }
    try {
      for (const [n, chunk] of chunksOf(relationRows, chunkRows).entries()) {
        const file = join(folder, `relations-${n}.csv`);
        await writeCsv(file, RELATION_HEADERS, chunk.map(relationFields));
        await run(Q.copyRelationsFrom(file));
      }
    } catch (error) {
      // COPY runs outside a transaction: leave the store empty, as it was, rather than half-filled.
      await run(Q.CLEAR_ALL).catch(() => undefined);
      throw error;
    }
    return true;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Rows per COPY. One COPY of a million relations overflows the default 512 MiB buffer pool, and appending
 * in many small chunks is slow (measured: 1M relations in one COPY 209 s with 2 GiB, in 200k chunks ~600 s
 * with 512 MiB), so a chunk is as large as the pool allows: about 2 KiB of pool per relation row.
 */
export function bulkChunkRows(bufferPoolBytes: number): number {
  return Math.max(50_000, Math.floor(bufferPoolBytes / 2048));
}

function chunksOf<T>(rows: readonly T[], size: number): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < rows.length; start += size) chunks.push(rows.slice(start, start + size));
  return chunks;
}

const ENTITY_HEADERS = ENTITY_COLUMNS;
/** COPY into a relation table takes the two ends first. */
const RELATION_HEADERS = ["source", "target", ...RELATION_COLUMNS.filter((c) => c !== "source" && c !== "target")];

function relationFields(r: RelationRow): string[] {
  return [
    r.source,
    r.target,
    r.id,
    r.type,
    r.stance,
    r.status,
    r.dateStart,
    r.dateEnd,
    r.amountValue,
    r.amountCurrency,
    r.amountQualifier,
    r.note,
    r.evidence,
    r.sources.join(ALIAS_SEPARATOR),
    r.directed,
    r.attributes,
  ];
}

const NEEDS_ENCODING = /[",\n\r]/;

/** RFC 4180 quoting; newlines are encoded (Kuzu's parallel CSV reader splits at every newline). */
export function csvField(value: string): string {
  if (!NEEDS_ENCODING.test(value)) return value;
  const text = value.replace(/\n/g, "\u001e").replace(/\r/g, "\u001d");
  return /[",]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

async function writeCsv(file: string, headers: string[], rows: Iterable<string[]>): Promise<void> {
  const out = createWriteStream(file);
  let buffer = `${headers.join(",")}\n`;
  for (const row of rows) {
    buffer += `${row.map(csvField).join(",")}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, "drain");
      buffer = "";
    }
  }
  out.end(buffer);
  await once(out, "finish");
}
