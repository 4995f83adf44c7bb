// Driver errors become our typed errors, so the server answers 503, 400 or a refusal instead of 500.
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import {
  InvalidInputError,
  NotFoundError,
  QueryRefusedError,
  QueryTimeoutError,
  StoreUnavailableError,
  TooLargeError,
} from "../errors.js";
import { redactUri, toStoreError } from "./neo4j-errors.js";

const context = { operation: "counts", uri: "bolt://db:7687" };
const serverError = (code: string, message = "boom") => new neo4j.Neo4jError(message, code as never, "50N42", "");

describe("toStoreError", () => {
  it("turns an unreachable or expired connection into StoreUnavailableError naming the URI", () => {
    for (const code of ["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]) {
      const mapped = toStoreError(serverError(code), context);
      expect(mapped).toBeInstanceOf(StoreUnavailableError);
      expect(mapped.message).toContain("bolt://db:7687");
    }
    expect(toStoreError(new Error("connect ECONNREFUSED 127.0.0.1:7687"), context)).toBeInstanceOf(
      StoreUnavailableError,
    );
  });

  it("turns a write in a READ session into QueryRefusedError", () => {
    const error = serverError("Neo.ClientError.Statement.AccessMode", "Writing in read access mode not allowed.");
    expect(toStoreError(error, context)).toBeInstanceOf(QueryRefusedError);
  });

  it("turns a transaction timeout into QueryTimeoutError", () => {
    const error = serverError("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration");
    expect(toStoreError(error, context)).toBeInstanceOf(QueryTimeoutError);
  });

  it("turns the transaction memory cap (db.memory.transaction.max) into TooLargeError", () => {
    const error = serverError("Neo.TransientError.General.MemoryPoolOutOfMemoryError", "The allocation exceeded");
    const mapped = toStoreError(error, context);
    expect(mapped).toBeInstanceOf(TooLargeError);
    expect(mapped.message).toMatch(/memory/);
  });

  it("turns syntax and semantic errors into InvalidInputError with Neo4j's reason", () => {
    const error = serverError("Neo.ClientError.Statement.SyntaxError", "Invalid input 'RETRUN'");
    const mapped = toStoreError(error, context);
    expect(mapped).toBeInstanceOf(InvalidInputError);
    expect(mapped.message).toContain("RETRUN");
  });

  it("passes our own errors and unknown driver errors through unchanged", () => {
    const ours = new NotFoundError("no such entity");
    expect(toStoreError(ours, context)).toBe(ours);
    const unknown = serverError("Neo.DatabaseError.General.UnknownError");
    expect(toStoreError(unknown, context)).toBe(unknown);
  });
});

describe("redactUri", () => {
  it("drops credentials from a URI before it reaches a message or a log", () => {
    expect(redactUri("neo4j://user:secret@db:7687")).toBe("neo4j://db:7687");
    expect(redactUri("bolt://db:7687")).toBe("bolt://db:7687");
  });
});
