import { describe, expect, it } from "vitest";
import {
  InvalidInputError,
  NotFoundError,
  QueryRefusedError,
  QueryTimeoutError,
  StoreUnavailableError,
  TooLargeError,
} from "../errors.js";
import { toGraphError } from "./kuzu-errors.js";

const context = { operation: "runReadOnlyCypher", path: "/data/graph.kuzu" };
const mapped = (message: string) => toGraphError(new Error(message), context);

describe("Kuzu error mapping", () => {
  it("turns Kuzu's messages into our typed errors", () => {
    expect(mapped("Interrupted.")).toBeInstanceOf(QueryTimeoutError);
    expect(mapped("Can not execute a write query inside a read-only transaction.")).toBeInstanceOf(QueryRefusedError);
    expect(mapped("Parser exception: Invalid input <MATC>")).toBeInstanceOf(InvalidInputError);
    expect(mapped("Binder exception: Cannot find property x for e.")).toBeInstanceOf(InvalidInputError);
    expect(mapped("Parameter foo not found.")).toBeInstanceOf(InvalidInputError);
    expect(mapped("Buffer manager exception: Unable to allocate memory!")).toBeInstanceOf(TooLargeError);
    expect(mapped("Connection is closed.")).toBeInstanceOf(StoreUnavailableError);
    expect(mapped("IO exception: Could not set lock on file : /data/graph.kuzu")).toBeInstanceOf(StoreUnavailableError);
  });

  it("keeps Kuzu's own words, the operation and the store in what it reports", () => {
    const error = mapped("Binder exception: Cannot find property nosuch for e.\nsecond line");
    expect(error.message).toBe(
      "Kuzu could not run the query (runReadOnlyCypher): Binder exception: Cannot find property nosuch for e.",
    );
    expect(error).toMatchObject({ details: { operation: "runReadOnlyCypher", store: "/data/graph.kuzu" } });
  });

  it("passes our own errors through and leaves unknown failures untyped, for a 500", () => {
    const ours = new NotFoundError("no such entity");
    expect(toGraphError(ours, context)).toBe(ours);
    const unknown = mapped("Something odd happened");
    expect(unknown.constructor).toBe(Error);
    expect(unknown.message).toMatch(/runReadOnlyCypher on \/data\/graph\.kuzu: Something odd happened/);
  });
});
