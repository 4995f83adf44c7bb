// Owns one embedded database file and its three connections: reads, queued write transactions, and queued
// console queries (their timeout is a per-connection setting). Every query result is closed after reading,
// because Kuzu 0.11 crashes the process when a database closes under an open result (LadybugDB does not,
// but closing frees the result's native memory at once).
import fs from "node:fs";
import path from "node:path";
import type { Connection, EmbeddedEngine, EngineValue, PreparedStatement, QueryResult } from "./engine.js";
import { StoreUnavailableError } from "../errors.js";
import { toGraphError } from "./kuzu-errors.js";
import { BEGIN_READ_ONLY, BEGIN_WRITE, COMMIT, ROLLBACK } from "./queries.js";
import { createSerialQueue } from "./serial-queue.js";

const MAX_DB_BYTES = 2 ** 40;

export type Row = Record<string, EngineValue>;
export type Params = Record<string, unknown>;
export type RunQuery = (query: string, params?: Params) => Promise<Row[]>;

export interface KuzuSessionConfig {
  /** The database file. */
  file: string;
  bufferPoolBytes: number;
  engine: EmbeddedEngine;
}

export interface ConsoleResult {
  columns: string[];
  rows: Row[];
  truncated: boolean;
}

export interface KuzuSession {
  readonly file: string;
  read(operation: string, query: string, params?: Params): Promise<Row[]>;
  /**
   * Runs `work` inside one write transaction, after every earlier write has finished. `onRollback` runs
   * in turn too, before the next write starts, when the transaction did not commit.
   */
  write<T>(operation: string, work: (run: RunQuery) => Promise<T>, onRollback?: () => void): Promise<T>;
  /** Schema statements, queued with the writes but outside an explicit transaction. */
  ddl<T>(operation: string, work: (run: RunQuery) => Promise<T>): Promise<T>;
  /** A user's query in a read-only transaction, stopped after timeoutMs; at most maxRows + 1 rows are read. */
  console(query: string, params: Params, limits: { maxRows: number; timeoutMs: number }): Promise<ConsoleResult>;
  close(): Promise<void>;
}

/**
 * Reads go to the least busy of these connections: Kuzu runs one statement per connection at a time,
 * and a path or neighbourhood is hydrated by several small statements that can run side by side.
 */
const READ_CONNECTIONS = 2;

/** Kuzu allows one Database object per file per process; a second one would corrupt or deadlock. */
const openFiles = new Set<string>();

export async function openKuzuSession(config: KuzuSessionConfig): Promise<KuzuSession> {
  const file = path.resolve(config.file);
  const { module: engine, title } = config.engine;
  const context = (operation: string) => ({ operation, path: file });
  if (openFiles.has(file)) {
    throw new StoreUnavailableError(
      `The ${title} database ${file} is already open in this process; close that store first`,
      {
        store: file,
      },
    );
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  // 1 TiB of address space, not the engine's 8 TiB default, so one process can hold many stores open; and a
  // WAL torn by a crash mid-write is replayed up to the tear (the last committed transaction) instead of
  // refusing to open the store. Kuzu 0.11 takes the first seven arguments only.
  const database = new engine.Database(file, config.bufferPoolBytes, true, false, MAX_DB_BYTES, true, -1, false);
  try {
    await database.init();
  } catch (error) {
    throw toGraphError(error, context("open"));
  }
  openFiles.add(file);
  const readConnections = Array.from({ length: READ_CONNECTIONS }, () => new engine.Connection(database));
  const readsRunning = readConnections.map(() => 0);
  const writeConnection = new engine.Connection(database);
  const consoleConnection = new engine.Connection(database);
  // Promises, not statements, and one prepare at a time: two prepares at once on one connection crash
  // Kuzu 0.11 and LadybugDB 0.19.1 alike (the process ends with SIGSEGV; see engine-workarounds.md).
  const statements = new Map<Connection, Map<string, Promise<PreparedStatement>>>();
  const writeQueue = createSerialQueue();
  const prepareQueue = createSerialQueue();
  const consoleQueue = createSerialQueue();
  const inFlight = new Set<Promise<unknown>>();
  let closed = false;

  const track = <T>(operation: string, work: () => Promise<T>): Promise<T> => {
    if (closed)
      return Promise.reject(new StoreUnavailableError(`The ${title} store at ${file} is closed`, { operation }));
    const promise = work().catch((error: unknown) => {
      throw toGraphError(error, context(operation));
    });
    inFlight.add(promise);
    void promise.finally(() => inFlight.delete(promise)).catch(() => undefined);
    return promise;
  };

  const prepared = async (connection: Connection, query: string): Promise<PreparedStatement> => {
    let cache = statements.get(connection);
    if (!cache) statements.set(connection, (cache = new Map()));
    const cached = cache.get(query);
    if (cached) return cached;
    const preparing = prepareQueue
      .run(() => connection.prepare(query))
      .then((statement) => {
        if (!statement.isSuccess()) throw new Error(statement.getErrorMessage());
        return statement;
      });
    cache.set(query, preparing);
    preparing.catch(() => cache.delete(query));
    return preparing;
  };

  const runOn =
    (connection: Connection): RunQuery =>
    async (query, params = {}) => {
      const statement = await prepared(connection, query);
      const results = await connection.execute(statement, params as Record<string, EngineValue>);
      return readAll(results);
    };

  const plain = async (connection: Connection, statement: string): Promise<void> => {
    closeAll(await connection.query(statement));
  };

  /** The engine ends a transaction itself when a statement in it fails; a second ROLLBACK then fails too. */
  const rollbackQuietly = async (connection: Connection): Promise<void> => {
    await plain(connection, ROLLBACK).catch(() => undefined);
  };

  return {
    file,
    read: (operation, query, params) =>
      track(operation, async () => {
        const index = readsRunning.indexOf(Math.min(...readsRunning));
        readsRunning[index]!++;
        try {
          return await runOn(readConnections[index]!)(query, params);
        } finally {
          readsRunning[index]!--;
        }
      }),

    write: (operation, work, onRollback) =>
      track(operation, () =>
        writeQueue.run(async () => {
          await plain(writeConnection, BEGIN_WRITE);
          try {
            const result = await work(runOn(writeConnection));
            await plain(writeConnection, COMMIT);
            return result;
          } catch (error) {
            await rollbackQuietly(writeConnection);
            onRollback?.();
            throw error;
          }
        }),
      ),

    ddl: (operation, work) => track(operation, () => writeQueue.run(() => work(runOn(writeConnection)))),

    console: (query, params, limits) =>
      track("runReadOnlyCypher", () =>
        consoleQueue.run(async () => {
          consoleConnection.setQueryTimeout(limits.timeoutMs);
          await plain(consoleConnection, BEGIN_READ_ONLY);
          try {
            const statement = await consoleConnection.prepare(query);
            if (!statement.isSuccess()) throw new Error(statement.getErrorMessage());
            const result = await consoleConnection.execute(statement, params as Record<string, EngineValue>);
            const read = await readSome(result, limits.maxRows + 1);
            await plain(consoleConnection, COMMIT);
            return {
              columns: read.columns,
              rows: read.rows.slice(0, limits.maxRows),
              truncated: read.rows.length > limits.maxRows,
            };
          } catch (error) {
            await rollbackQuietly(consoleConnection);
            throw error;
          }
        }),
      ),

    async close() {
      if (closed) return;
      closed = true;
      await Promise.allSettled([...inFlight]);
      await Promise.allSettled([...readConnections, writeConnection, consoleConnection].map((c) => c.close()));
      await database.close();
      openFiles.delete(file);
    },
  };
}

async function readAll(results: QueryResult | QueryResult[]): Promise<Row[]> {
  const list = Array.isArray(results) ? results : [results];
  try {
    const rows: Row[] = [];
    // Row by row: spreading a result of a few hundred thousand rows into push() overflows the call stack.
    for (const result of list) for (const row of await result.getAll()) rows.push(row);
    return rows;
  } finally {
    closeAll(list);
  }
}

async function readSome(
  results: QueryResult | QueryResult[],
  maxRows: number,
): Promise<{ columns: string[]; rows: Row[] }> {
  const list = Array.isArray(results) ? results : [results];
  try {
    const [result] = list;
    if (!result) return { columns: [], rows: [] };
    const columns = await result.getColumnNames();
    const rows: Row[] = [];
    while (rows.length < maxRows && result.hasNext()) {
      const row = await result.getNext();
      if (row === null) break;
      rows.push(row);
    }
    return { columns, rows };
  } finally {
    closeAll(list);
  }
}

function closeAll(results: QueryResult | QueryResult[]): void {
  for (const result of Array.isArray(results) ? results : [results]) result.close();
}
