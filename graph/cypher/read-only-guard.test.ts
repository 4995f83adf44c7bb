import { describe, expect, it } from "vitest";
import { QueryRefusedError } from "../errors.js";
import { ACCEPTED_QUERIES, REFUSED_QUERIES } from "./corpus.js";
import { assertReadOnlyCypher } from "./read-only-guard.js";

function refusalOf(query: string, options?: { maxVariableLengthHops?: number }): QueryRefusedError {
  try {
    assertReadOnlyCypher(query, options);
  } catch (error) {
    if (error instanceof QueryRefusedError) return error;
    throw error;
  }
  throw new Error(`expected the guard to refuse: ${query}`);
}

describe("assertReadOnlyCypher", () => {
  it("has corpora large enough to mean something", () => {
    expect(REFUSED_QUERIES.length).toBeGreaterThanOrEqual(60);
    expect(ACCEPTED_QUERIES.length).toBeGreaterThanOrEqual(25);
  });

  describe.each(REFUSED_QUERIES)("refuses $name", ({ query, refused }) => {
    it(`says it refused ${refused}`, () => {
      const error = refusalOf(query);
      expect(error.message).toContain(refused);
      expect(error.code).toBe("query_refused");
    });
  });

  describe.each(ACCEPTED_QUERIES)("accepts $name", ({ query }) => {
    it("does not throw", () => {
      expect(() => assertReadOnlyCypher(query)).not.toThrow();
    });
  });

  it("names the clause and its line and column", () => {
    const error = refusalOf("MATCH (n) /*x*/ SET n.x=1");
    expect(error.message).toBe(
      "Refused SET at 1:17: only read queries are accepted: MATCH, OPTIONAL MATCH, WHERE, WITH, UNWIND, RETURN, " +
        "ORDER BY, SKIP, LIMIT, UNION and CALL of a read procedure",
    );
    expect(error.details).toMatchObject({ refused: "SET", line: 1, column: 17 });
  });

  it("counts lines and columns across comments and strings", () => {
    const error = refusalOf("MATCH (n)\nWHERE n.name = 'a\nb' // note\n  DETACH DELETE n");
    expect(error.details).toMatchObject({ refused: "DETACH DELETE", line: 4, column: 3 });
  });

  it("points at the second statement's semicolon", () => {
    expect(refusalOf("RETURN 1 ; RETURN 2").details).toMatchObject({ line: 1, column: 10 });
  });

  it("says the hop limit it applied", () => {
    expect(refusalOf("MATCH (a)-[*1..11]-(b) RETURN b").message).toContain(
      'Refused the variable-length relationship "*1..11" at 1:12: its upper bound of 11 hops is above the limit of 10',
    );
    expect(refusalOf("MATCH (a)-[*..5]-(b) RETURN b", { maxVariableLengthHops: 4 }).message).toContain(
      "limit of 4 hops",
    );
  });

  it("lets the caller raise the hop limit", () => {
    expect(() => assertReadOnlyCypher("MATCH (a)-[*1..20]-(b) RETURN b", { maxVariableLengthHops: 20 })).not.toThrow();
    expect(() =>
      assertReadOnlyCypher("MATCH (a) ((x)-->(y)){1,20} (b) RETURN b", { maxVariableLengthHops: 20 }),
    ).not.toThrow();
  });

  it("reads a write keyword hidden behind a property-like dot only as a property", () => {
    expect(() => assertReadOnlyCypher("MATCH (n) WHERE n.delete = true RETURN n.`set`")).not.toThrow();
  });

  it("refuses a write inside a pattern comprehension or list", () => {
    expect(refusalOf("RETURN [x IN [1] | CREATE (n)]").message).toContain("CREATE");
    expect(refusalOf("RETURN size([(a)-->(b) | SET b.x = 1])").message).toContain("SET");
  });

  it("refuses a procedure call hidden behind YIELD", () => {
    expect(
      refusalOf("CALL db.labels() YIELD label CALL apoc.create.node([label], {}) YIELD node RETURN node").message,
    ).toContain("CALL apoc.create.node");
  });

  it("refuses a string that is not text", () => {
    expect(refusalOf(42 as unknown as string).message).toContain("not text");
  });
});
