// The one place where Kuzu's errors (plain Errors whose message starts with the failing stage) become our
// typed errors, so the HTTP layer can answer 400 for bad Cypher, 408-style for timeouts, 503 when closed.
import {
  GraphError,
  InvalidInputError,
  QueryRefusedError,
  QueryTimeoutError,
  StoreUnavailableError,
  TooLargeError,
} from "../errors.js";

/** What the adapter was doing, for the message: "upsertEntities", "runReadOnlyCypher", ... */
export interface ErrorContext {
  operation: string;
  /** The database file, so a person can see which store it was. */
  path: string;
}

const INVALID_QUERY =
  /^(Parser|Binder|Catalog) exception|^Parameter \S+ not found|^Connection Exception: We do not support/;
const WRITE_REFUSED = /write query inside a read-only transaction|read-only mode/i;
const UNAVAILABLE = /Connection is closed|Database is closed|IO exception|Could not set lock|lock on file/i;
const OUT_OF_MEMORY = /Buffer manager exception|Unable to allocate memory|out of memory/i;
const BAD_VALUE = /^(Runtime|Conversion|Overflow) exception/;

export function toGraphError(error: unknown, context: ErrorContext): Error {
  if (error instanceof GraphError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const details = { operation: context.operation, store: context.path, kuzuMessage: message };
  const options = { cause: error };
  if (/^Interrupted/.test(message)) {
    return new QueryTimeoutError(
      `Kuzu stopped the query (${context.operation}): it ran past its time limit`,
      details,
      options,
    );
  }
  if (WRITE_REFUSED.test(message)) {
    return new QueryRefusedError(
      `Kuzu refused to write (${context.operation}): only read-only queries run here`,
      details,
      options,
    );
  }
  if (INVALID_QUERY.test(message) || BAD_VALUE.test(message)) {
    return new InvalidInputError(
      `Kuzu could not run the query (${context.operation}): ${firstLine(message)}`,
      details,
      options,
    );
  }
  if (OUT_OF_MEMORY.test(message)) {
    return new TooLargeError(`Kuzu ran out of memory (${context.operation}); narrow the query`, details, options);
  }
  if (UNAVAILABLE.test(message)) {
    return new StoreUnavailableError(
      `The Kuzu database at ${context.path} is not available (${context.operation}): ${firstLine(message)}`,
      details,
      options,
    );
  }
  return new Error(`Kuzu failed during ${context.operation} on ${context.path}: ${message}`, options);
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0] ?? text;
}
