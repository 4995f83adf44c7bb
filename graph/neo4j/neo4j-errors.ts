// The one place where neo4j-driver errors become our typed errors, so the HTTP layer can answer 503
// for an unreachable database, 400 for bad Cypher, 403-style refusals for writes, and so on.
import { Neo4jError } from "neo4j-driver";
import {
  GraphError,
  InvalidInputError,
  QueryRefusedError,
  QueryTimeoutError,
  StoreUnavailableError,
  TooLargeError,
} from "../errors.js";

const UNAVAILABLE_DRIVER_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);
const UNAVAILABLE_SERVER_CODES = new Set([
  "Neo.TransientError.General.DatabaseUnavailable",
  "Neo.ClientError.Database.DatabaseNotFound",
  "Neo.ClientError.Security.Unauthorized",
  "Neo.ClientError.Security.AuthenticationRateLimit",
  "Neo.ClientError.Cluster.NotALeader",
  "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase",
]);
const INVALID_INPUT_SERVER_CODES = new Set([
  "Neo.ClientError.Statement.SyntaxError",
  "Neo.ClientError.Statement.SemanticError",
  "Neo.ClientError.Statement.TypeError",
  "Neo.ClientError.Statement.ArgumentError",
  "Neo.ClientError.Statement.ParameterMissing",
  "Neo.ClientError.Statement.ArithmeticError",
  "Neo.ClientError.Statement.EntityNotFound",
  "Neo.ClientError.Statement.PropertyNotFound",
  "Neo.ClientError.Procedure.ProcedureNotFound",
  "Neo.ClientError.Procedure.ProcedureCallFailed",
]);
const NETWORK_ERROR =
  /ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENOTFOUND|ETIMEDOUT|EPIPE|socket hang up|connection.*(closed|refused|timed out)/i;

/** Where the error happened, for the message: "reading", "ensureSchema", ... */
export interface ErrorContext {
  operation: string;
  /** The URI without credentials, so a person can see which Neo4j it was. */
  uri: string;
}

export function toStoreError(error: unknown, context: ErrorContext): Error {
  if (error instanceof GraphError) return error;
  const where = `Neo4j at ${context.uri} (${context.operation})`;
  if (!(error instanceof Error)) return new StoreUnavailableError(`${where} failed: ${String(error)}`);

  const code = error instanceof Neo4jError ? error.code : "";
  const details = { store: "neo4j", uri: context.uri, operation: context.operation, neo4jCode: code || undefined };

  if (UNAVAILABLE_DRIVER_CODES.has(code) || UNAVAILABLE_SERVER_CODES.has(code) || NETWORK_ERROR.test(error.message)) {
    return new StoreUnavailableError(`${where} is unavailable: ${firstLine(error.message)}`, details, { cause: error });
  }
  if (code === "Neo.ClientError.Statement.AccessMode" || /in read access mode/i.test(error.message)) {
    return new QueryRefusedError(
      `The query tries to write, but only reading is allowed: ${firstLine(error.message)}`,
      details,
      {
        cause: error,
      },
    );
  }
  if (code.includes("TransactionTimedOut") || code === "Neo.ClientError.Transaction.Terminated") {
    return new QueryTimeoutError(
      `The query ran past its time limit and was stopped: ${firstLine(error.message)}`,
      details,
      {
        cause: error,
      },
    );
  }
  // db.memory.transaction.max (or the global pool) stopped the query: the query is too big, the database is fine.
  if (code === "Neo.TransientError.General.MemoryPoolOutOfMemoryError") {
    return new TooLargeError(
      `The query needs more memory than one transaction may use; narrow it or aggregate sooner: ${firstLine(error.message)}`,
      details,
      { cause: error },
    );
  }
  if (INVALID_INPUT_SERVER_CODES.has(code)) {
    return new InvalidInputError(`Neo4j rejected the query: ${error.message.trim()}`, details, { cause: error });
  }
  if (code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
    return new InvalidInputError(`The write breaks a uniqueness rule: ${firstLine(error.message)}`, details, {
      cause: error,
    });
  }
  return error;
}

function firstLine(text: string): string {
  return text.split("\n", 1)[0]?.trim() ?? "";
}

/** A URI fit for logs: the user info part dropped, should anyone have put a password there. */
export function redactUri(uri: string): string {
  return uri.replace(/\/\/[^@/]*@/, "//");
}
