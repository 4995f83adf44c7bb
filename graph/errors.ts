// Typed errors that carry what a person needs to fix the cause. The HTTP layer maps them to statuses
// in one place (server/http/error-handler.ts); the CLI prints their message and details.

export type ErrorDetails = Record<string, unknown>;

export abstract class GraphError extends Error {
  abstract readonly code: string;
  constructor(
    message: string,
    readonly details: ErrorDetails = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = new.target.name;
  }
}

/** An id, source or route that does not exist. */
export class NotFoundError extends GraphError {
  readonly code = "not_found";
}

/** Input that fails validation: names the file, line/record and field, or the parameter. */
export class InvalidInputError extends GraphError {
  readonly code = "invalid_input";
}

/** A query that would write, escape its limits, or is not Cypher we accept read-only. */
export class QueryRefusedError extends GraphError {
  readonly code = "query_refused";
}

/** A query that ran past its time limit and was stopped. */
export class QueryTimeoutError extends GraphError {
  readonly code = "query_timeout";
}

/** More than we agreed to hold or return (rows, body size, ids). */
export class TooLargeError extends GraphError {
  readonly code = "too_large";
}

/** The database cannot be reached or is restarting; the request may succeed later. */
export class StoreUnavailableError extends GraphError {
  readonly code = "store_unavailable";
}

/** A write that the current state of the graph makes unsafe, such as undoing a merge that a later one built on. */
export class ConflictError extends GraphError {
  readonly code = "conflict";
}
