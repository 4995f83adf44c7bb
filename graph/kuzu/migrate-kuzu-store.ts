// Carries a store written by Kuzu 0.11 (data/graph.kuzu) over to LadybugDB (data/graph.lbug): Kuzu's
// EXPORT DATABASE (Parquet files and the schema) read back by LadybugDB's IMPORT DATABASE, every table's
// row count compared, the new file put in place only when all match. The Kuzu file is opened read-only in
// a child process (kuzu-export-worker.mjs): the two engines cannot share one process.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { InvalidInputError, StoreUnavailableError } from "../errors.js";
import { databaseFileOf, DEFAULT_EMBEDDED_ENGINE, loadEmbeddedEngine, type EmbeddedEngine } from "./engine.js";
import type { Connection } from "./engine.js";

const BUFFER_POOL_BYTES = 512 * 1024 * 1024;
const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export interface MigratedTable {
  name: string;
  rows: number;
}

export interface StoreMigration {
  from: string;
  to: string;
  fromEngine: string;
  toEngine: string;
  tables: MigratedTable[];
}

export async function migrateKuzuStore(dataDir: string): Promise<StoreMigration> {
  const from = path.resolve(dataDir, databaseFileOf("kuzu-0.11"));
  const to = path.resolve(dataDir, databaseFileOf(DEFAULT_EMBEDDED_ENGINE));
  if (!fs.existsSync(from)) {
    throw new InvalidInputError(`There is no Kuzu 0.11 store to migrate in ${path.resolve(dataDir)} (no ${from})`, {
      dataDir,
    });
  }
  if (fs.existsSync(to)) {
    throw new InvalidInputError(
      `${to} exists already, so this folder was migrated before; move that file away to migrate again`,
      { dataDir, existing: to },
    );
  }
  const ladybug = await loadEmbeddedEngine(DEFAULT_EMBEDDED_ENGINE);
  const work = fs.mkdtempSync(path.join(path.resolve(dataDir), ".migrate-store-"));
  try {
    const exported = path.join(work, "export");
    const staged = path.join(work, databaseFileOf(DEFAULT_EMBEDDED_ENGINE));
    const kuzu = await exportKuzuStore(from, literalPath(exported));
    const before = sortTables(kuzu.tables);
    const after = await withDatabase(ladybug, staged, async (connection) => {
      await run(connection, `IMPORT DATABASE ${literalPath(exported)}`);
      return countTables(connection);
    });
    checkSameTables(before, after, from);
    for (const suffix of ["", ".wal"]) {
      if (fs.existsSync(staged + suffix)) fs.renameSync(staged + suffix, to + suffix);
    }
    return {
      from,
      to,
      fromEngine: `Kuzu ${kuzu.version}`,
      toEngine: `${ladybug.title} ${ladybug.module.VERSION}`,
      tables: after,
    };
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

async function withDatabase<T>(
  engine: EmbeddedEngine,
  file: string,
  work: (connection: Connection) => Promise<T>,
): Promise<T> {
  const database = new engine.module.Database(file, BUFFER_POOL_BYTES);
  await database.init();
  const connection = new engine.module.Connection(database);
  try {
    return await work(connection);
  } finally {
    await connection.close();
    await database.close();
  }
}

async function run(connection: Connection, statement: string): Promise<Record<string, unknown>[]> {
  const results = await connection.query(statement);
  const list = Array.isArray(results) ? results : [results];
  try {
    const rows: Record<string, unknown>[] = [];
    for (const result of list) for (const row of await result.getAll()) rows.push(row);
    return rows;
  } finally {
    for (const result of list) result.close();
  }
}

/** Every node and relationship table with its row count, by name. */
async function countTables(connection: Connection): Promise<MigratedTable[]> {
  const tables = await run(connection, "CALL show_tables() RETURN name, type");
  const counted: MigratedTable[] = [];
  for (const table of tables) {
    const name = String(table.name);
    // Table names cannot be parameters; they come from the store's own catalogue and are checked here.
    if (!TABLE_NAME.test(name)) throw new StoreUnavailableError(`Unexpected table name ${name}`, { table: name });
    const pattern = String(table.type).toUpperCase() === "NODE" ? `(n:${name})` : `()-[n:${name}]->()`;
    const [row] = await run(connection, `MATCH ${pattern} RETURN count(n) AS rows`);
    counted.push({ name, rows: Number(row?.rows ?? 0) });
  }
  return sortTables(counted);
}

const sortTables = (tables: MigratedTable[]) =>
  [...tables].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

const EXPORT_WORKER = fileURLToPath(new URL("./kuzu-export-worker.mjs", import.meta.url));

/** Runs the export in a child process: Kuzu 0.11 and LadybugDB cannot share one. */
async function exportKuzuStore(
  file: string,
  quotedFolder: string,
): Promise<{ version: string; tables: MigratedTable[] }> {
  const folder = quotedFolder.slice(1, -1);
  const child = spawnSync(process.execPath, [EXPORT_WORKER, file, folder], { encoding: "utf8" });
  const line = child.stdout.trim().split("\n").at(-1) ?? "";
  if (child.status !== 0 || !line.startsWith("{")) {
    const why = child.stderr.trim() || `exit code ${child.status ?? child.signal}`;
    const missing = /Cannot find package 'kuzu'/.test(why);
    throw new StoreUnavailableError(
      missing
        ? "Migrating needs Kuzu 0.11 to read the old store: run `npm install` (kuzu is a dev dependency), then again"
        : `Kuzu 0.11 could not export ${file}: ${why}. Nothing was written; the Kuzu store is unchanged.`,
      { store: file },
    );
  }
  return JSON.parse(line) as { version: string; tables: MigratedTable[] };
}

function checkSameTables(before: MigratedTable[], after: MigratedTable[], from: string): void {
  const said = (tables: MigratedTable[]) => tables.map((t) => `${t.name} ${t.rows}`).join(", ");
  if (said(before) !== said(after)) {
    throw new StoreUnavailableError(
      `The migration of ${from} was stopped: the Kuzu store holds ${said(before)} rows, the imported copy ` +
        `${said(after)}. Nothing was written; the Kuzu store is unchanged.`,
      { before, after },
    );
  }
}

/** EXPORT and IMPORT take the folder as a string literal, not a parameter: refuse what would need escaping. */
function literalPath(folder: string): string {
  if (/['\\\n\r]/.test(folder)) {
    throw new InvalidInputError(
      `The data folder's path ${JSON.stringify(folder)} holds a quote, backslash or line break; move it to a plain path`,
      { path: folder },
    );
  }
  return `'${folder}'`;
}
