// Generated disguises of the procedure calls the guard must refuse: any quoting of the name's parts,
// variables named like keywords before the CALL, comments and odd whitespace between the tokens, and any
// letter case. Every one must be refused, whatever the disguise.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { QueryRefusedError } from "../errors.js";
import { assertReadOnlyCypher } from "./read-only-guard.js";

const FORBIDDEN_PROCEDURES = [
  ["READ_CSV_SERIAL"],
  ["READ_CSV"],
  ["dbms", "listConfig"],
  ["db", "stats", "retrieve"],
  ["db", "stats", "collect"],
  ["apoc", "load", "json"],
  ["dbms", "security", "listUsers"],
];
const KEYWORD_NAMES = ["as", "call", "with", "match", "return", "where", "yield", "union", "optional", "x"];
const GAPS = [" ", "  ", "\n", "\t", " /* c */ ", " // c\n", "/**/"];

const gap = fc.constantFrom(...GAPS);
const disguisedCall = fc.record({
  parts: fc.constantFrom(...FORBIDDEN_PROCEDURES),
  quoted: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
  alias: fc.constantFrom(...KEYWORD_NAMES),
  lead: fc.constantFrom("UNWIND [1] AS {a} WITH {a}", "MATCH (n) WITH n AS {a}", "WITH 1 AS {a}", ""),
  gaps: fc.array(gap, { minLength: 4, maxLength: 4 }),
  upper: fc.boolean(),
});

type Disguise = typeof disguisedCall extends fc.Arbitrary<infer T> ? T : never;

function written(d: Disguise): string {
  const name = d.parts.map((part, i) => (d.quoted[i] ? `\`${part}\`` : part)).join(`${d.gaps[0]}.${d.gaps[1]}`);
  const lead = d.lead.replaceAll("{a}", d.alias);
  const call = d.upper ? "CALL" : "call";
  return `${lead}${d.gaps[2]}${call}${d.gaps[3]}${name}('x') YIELD value RETURN value`;
}

describe("the guard against disguised procedure calls", () => {
  it("refuses every generated disguise of a forbidden procedure", () => {
    fc.assert(
      fc.property(disguisedCall, (d) => {
        const query = written(d);
        expect(() => assertReadOnlyCypher(query), query).toThrow(QueryRefusedError);
      }),
      { numRuns: 2_000 },
    );
  });

  // A variable named call is the one name the guard refuses on purpose: CALL is never read as an alias.
  it("still accepts an allowed procedure in the same disguises", () => {
    fc.assert(
      fc.property(disguisedCall, (d) => {
        fc.pre(d.alias !== "call");
        const query = written({ ...d, parts: ["db", "labels"] });
        expect(() => assertReadOnlyCypher(query), query).not.toThrow();
      }),
      { numRuns: 500 },
    );
  });
});
