// The fast path for filling an empty Neo4j store: plain CREATE in large UNWIND batches, one statement per
// kind label and per relation type, instead of the upserts' MERGE with their checks for moved and retyped
// relations. Refuses (false) a store that holds data; a failure part way removes what it had written.
import type { ManagedTransaction } from "neo4j-driver";
import { ConflictError, InvalidInputError, StoreUnavailableError } from "../errors.js";
import type { Entity } from "../model/entity.js";
import type { Relation } from "../model/relation.js";
import { entityRowOf, groupBy, relationValuesOf } from "./neo4j-rows.js";
import * as Q from "./queries.js";

export interface BulkRecords {
  entities: readonly Entity[];
  relations: readonly Relation[];
}

/** One managed write transaction: retried on transient errors, so the work must be safe to run twice. */
export type WriteTransaction = <T>(operation: string, work: (tx: ManagedTransaction) => Promise<T>) => Promise<T>;

export interface BulkLoadOptions {
  /** Rows per transaction, in one UNWIND statement per kind or type. */
  rowsPerTransaction: number;
  /** Transactions in flight at once. */
  concurrency: number;
}

/**
 * Measured on 100k relations (2 shared cores, neo4j-harness): 5k, 10k and 20k rows per transaction take about
 * the same time; two transactions in flight take about 0.7× the time of one (the server uses both cores,
 * and the driver packs the next batch meanwhile), three no better than two.
 */
export const DEFAULT_BULK_LOAD_OPTIONS: BulkLoadOptions = { rowsPerTransaction: 10_000, concurrency: 2 };

const OPERATION = "bulkLoadIntoEmpty";

export async function bulkLoadIntoEmpty(
  write: WriteTransaction,
  records: BulkRecords,
  options: BulkLoadOptions = DEFAULT_BULK_LOAD_OPTIONS,
): Promise<boolean> {
  if (records.entities.length === 0) return false;
  const holdsData = await write(OPERATION, async (tx) => {
    const [record] = (await tx.run(Q.HOLDS_DATA)).records;
    return record?.get("holdsData") === true;
  });
  if (holdsData) return false;
  rejectDanglingEnds(records);

  try {
    const { concurrency } = options;
    // Smaller transactions for a small load, so that every transaction in flight has work.
    const sizeFor = (rows: number) => Math.max(1, Math.min(options.rowsPerTransaction, Math.ceil(rows / concurrency)));
    const entitySize = sizeFor(records.entities.length);
    const relationSize = sizeFor(records.relations.length);
    await runAll(write, transactionsOf(entityStatements(records.entities, entitySize), entitySize), concurrency);
    await runAll(write, transactionsOf(relationStatements(records.relations, relationSize), relationSize), concurrency);
    return true;
  } catch (error) {
    await removeWritten(write).catch((cleanupError: unknown) => {
      throw new StoreUnavailableError(
        `The bulk load failed (${messageOf(error)}) and removing what it had written failed too ` +
          `(${messageOf(cleanupError)}): clear the store before importing again.`,
        { operation: OPERATION },
        { cause: error },
      );
    });
    throw error;
  }
}

async function removeWritten(write: WriteTransaction): Promise<void> {
  for (;;) {
    const deleted = await write(OPERATION, async (tx) => {
      const [record] = (await tx.run(Q.DELETE_SOME_ENTITIES)).records;
      return Number(record?.get("deleted") ?? 0);
    });
    if (deleted === 0) return;
  }
}

function rejectDanglingEnds(records: BulkRecords): void {
  const ids = new Set(records.entities.map((entity) => entity.id));
  const dangling = records.relations.find((r) => !ids.has(r.from) || !ids.has(r.to));
  if (!dangling) return;
  const end = ids.has(dangling.from) ? dangling.to : dangling.from;
  throw new InvalidInputError(`relation ${dangling.id} points at ${end}, which is not among the entities loaded`, {
    relation: dangling.id,
    entity: end,
  });
}

/** One UNWIND statement with its rows; rows are built only when it runs, to keep memory flat. */
interface Statement {
  query: string;
  rows: () => unknown[];
  count: number;
  /** What the statement creates, to check that every row arrived. */
  creates: "nodesCreated" | "relationshipsCreated";
  describe: string;
}

function* entityStatements(entities: readonly Entity[], size: number): Generator<Statement> {
  for (const [kind, group] of groupBy(entities, (entity) => entity.kind)) {
    const query = Q.createEntitiesOfKind(kind);
    for (const chunk of chunksOf(group, size)) {
      yield { query, rows: () => chunk.map(entityRowOf), count: chunk.length, creates: "nodesCreated", describe: kind };
    }
  }
}

function* relationStatements(relations: readonly Relation[], size: number): Generator<Statement> {
  for (const [type, group] of groupBy(relations, (relation) => relation.type)) {
    const query = Q.createRelationsOfType(type);
    for (const chunk of chunksOf(group, size)) {
      const rows = () => chunk.map(relationValuesOf);
      yield { query, rows, count: chunk.length, creates: "relationshipsCreated", describe: type };
    }
  }
}

/**
 * Consecutive statements share a transaction up to `size` rows in all: a commit costs a round trip and a
 * log flush, and most kinds and types hold far fewer rows than one transaction takes.
 */
function* transactionsOf(statements: Iterable<Statement>, size: number): Generator<Statement[]> {
  let transaction: Statement[] = [];
  let rows = 0;
  for (const statement of statements) {
    if (rows + statement.count > size && transaction.length > 0) {
      yield transaction;
      transaction = [];
      rows = 0;
    }
    transaction.push(statement);
    rows += statement.count;
  }
  if (transaction.length > 0) yield transaction;
}

/** Runs the transactions with up to `concurrency` in flight; after a failure none starts, and all settle first. */
async function runAll(
  write: WriteTransaction,
  transactions: Iterator<Statement[]>,
  concurrency: number,
): Promise<void> {
  let failure: { error: unknown } | undefined;
  const worker = async () => {
    for (let next = transactions.next(); !next.done && !failure; next = transactions.next()) {
      try {
        await write(OPERATION, (tx) => runStatements(tx, next.value));
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker));
  if (failure) throw failure.error;
}

async function runStatements(tx: ManagedTransaction, statements: readonly Statement[]): Promise<void> {
  // Sent one after another without waiting for each answer: the driver pipelines them in the transaction.
  const results = statements.map((statement) => tx.run(statement.query, { rows: statement.rows() }));
  for (const [index, statement] of statements.entries()) {
    const created = (await results[index]!.summary()).counters.updates()[statement.creates];
    if (created !== statement.count) {
      // Only for relations: an end deleted by someone else while we loaded leaves its row unmatched.
      throw new ConflictError(
        `The bulk load created ${created} of ${statement.count} ${statement.describe} records; ` +
          "the store changed while it loaded. Import again into an empty store.",
        { operation: OPERATION, expected: statement.count, created },
      );
    }
  }
}

function* chunksOf<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
