// fast-check arbitraries for hostile API input: odd unicode, lone surrogates, raw bytes, huge values,
// numbers and JSON in the wrong places, path tricks, and Cypher-ish token soup built from the guard's corpus.
import fc from "fast-check";
import { ACCEPTED_QUERIES, REFUSED_QUERIES } from "../../../graph/cypher/corpus.js";

/** Values a real client might send, so that some cases get past validation and reach the store. */
export const REAL_VALUES = [
  "org:microsoft",
  "org:amazon",
  "person:donald-trump",
  "contract:jedi",
  "src:000",
  "src:004",
  "org:does-not-exist",
  "src:999",
  "Microsoft",
  "JEDI",
  "Donald Trump",
  "WON",
  "won,competes_with",
  "rivalry",
  "Organization,Person",
  "both",
  "out",
  "1",
  "3",
  "true",
  "false",
] as const;

const TRICKS = [
  "",
  " ",
  "\t\n",
  "../../../etc/passwd",
  "..%2F..%2Fetc%2Fpasswd",
  "%00",
  "\u0000",
  "\u0000org:microsoft",
  "NaN",
  "Infinity",
  "-1",
  "0",
  "1e309",
  "9007199254740993",
  "0x10",
  "null",
  "undefined",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "prototype",
  "'; DROP TABLE Entity; --",
  "MATCH (n) DETACH DELETE n",
  "<script>alert(1)</script>",
  "${7*7}",
  "ＣＲＥＡＴＥ",
  "\u0421REATE",
  "\uD800",
  "\uDFFF\uD800",
  "\u202Eevil",
  "org:microsoft\u200B",
  "ORG:MICROSOFT",
  "src:",
  ":",
  "a:b:c",
] as const;

const huge = fc
  .tuple(fc.constantFrom("a", "é", "😀", "%", "0", ",", "org:x,"), fc.integer({ min: 300, max: 6_000 }))
  .map(([unit, times]) => unit.repeat(times));

/** Any text a client could put in a parameter. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...REAL_VALUES), weight: 3 },
  { arbitrary: fc.constantFrom(...TRICKS), weight: 3 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }), weight: 2 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 20 }), weight: 2 },
  { arbitrary: fc.integer().map(String), weight: 1 },
  { arbitrary: fc.double().map(String), weight: 1 },
  { arbitrary: huge, weight: 1 },
);

/** Lone surrogates become U+FFFD, as a browser's URL encoder would make them. */
const wellFormed = (text: string) => Buffer.from(text, "utf8").toString("utf8");

/** A path segment, percent-encoded: from text, or from raw bytes that need not be UTF-8 at all. */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: hostileText.map((text) => encodeURIComponent(wellFormed(text))), weight: 4 },
  {
    arbitrary: fc
      .uint8Array({ minLength: 1, maxLength: 150 })
      .map((bytes) => [...bytes].map((b) => `%${b.toString(16).padStart(2, "0")}`).join("")),
    weight: 1,
  },
  { arbitrary: fc.constantFrom("org:microsoft", "src:000", "%2e%2e", "..", "%2F", "a%2Fb", "%ZZ", "%"), weight: 1 },
);

/** A query string: known parameter names and random ones, repeated keys, any values. */
export function hostileQuery(names: readonly string[]): fc.Arbitrary<string> {
  const name = fc.oneof({ arbitrary: fc.constantFrom(...names), weight: 4 }, { arbitrary: hostileText, weight: 1 });
  return fc.array(fc.tuple(name, hostileText), { maxLength: 6 }).map((pairs) => {
    const search = new URLSearchParams();
    for (const [key, value] of pairs) search.append(key, value);
    const text = search.toString();
    return text ? `?${text}` : "";
  });
}

const CYPHER_TOKENS = [
  "MATCH",
  "OPTIONAL MATCH",
  "RETURN",
  "WITH",
  "WHERE",
  "UNWIND",
  "AS",
  "CALL",
  "YIELD",
  "ORDER BY",
  "SKIP",
  "LIMIT",
  "UNION",
  "UNION ALL",
  "DISTINCT",
  "EXISTS",
  "COUNT",
  "CREATE",
  "MERGE",
  "SET",
  "DELETE",
  "DETACH DELETE",
  "REMOVE",
  "DROP",
  "LOAD CSV FROM",
  "LOAD FROM",
  "COPY",
  "FOREACH",
  "IN TRANSACTIONS",
  "EXPLAIN",
  "PROFILE",
  "USE",
  "SHOW",
  "BEGIN",
  "COMMIT",
  "(",
  ")",
  "[",
  "]",
  "{",
  "}",
  "(n)",
  "(n:Entity)",
  "(m)",
  "-[r]->",
  "<-[r]-",
  "--",
  "-[*1..3]-",
  "-[*]-",
  "-[*2..]->",
  "-[:R*1..50]-",
  "{1,50}",
  "+",
  "*",
  "..",
  ":",
  ",",
  ";",
  "//",
  "/*",
  "*/",
  "'",
  '"',
  "`",
  "$p",
  "$id",
  "n",
  "m",
  "r",
  "n.id",
  "n.name",
  "=",
  "<>",
  "count(*)",
  "collect(n)",
  "range(1, 1000000)",
  "db.labels()",
  "show_tables()",
  "apoc.create.node",
  "dbms.killQuery",
  "ＣＲＥＡＴＥ",
  "\u0421REATE",
  "\u200B",
  "\uFF1B",
  "'x'",
  '"y"',
  "1",
  "-1",
  "0.5",
  "null",
  "true",
  "[1,2,3]",
  "{a: 1}",
] as const;

/** Cypher-shaped text: token soup, corpus queries as they are, and corpus queries with noise spliced in. */
export const cypherish: fc.Arbitrary<string> = fc.oneof(
  {
    arbitrary: fc.array(fc.constantFrom(...CYPHER_TOKENS), { minLength: 1, maxLength: 20 }).map((t) => t.join(" ")),
    weight: 4,
  },
  { arbitrary: fc.constantFrom(...REFUSED_QUERIES.map((q) => q.query)), weight: 2 },
  { arbitrary: fc.constantFrom(...ACCEPTED_QUERIES.map((q) => q.query)), weight: 2 },
  {
    arbitrary: fc
      .tuple(fc.constantFrom(...ACCEPTED_QUERIES.map((q) => q.query)), fc.nat(), hostileText)
      .map(
        ([query, at, noise]) => query.slice(0, at % (query.length + 1)) + noise + query.slice(at % (query.length + 1)),
      ),
    weight: 2,
  },
  { arbitrary: hostileText, weight: 1 },
);

/** JSON values of every type, including deep and wide ones. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 4 }), weight: 4 },
  { arbitrary: hostileText, weight: 2 },
  { arbitrary: fc.constantFrom(null, true, 0, -0, 1e308, -1, 2 ** 53 + 2, [], {}), weight: 1 },
);

/** Query parameters for the console: any names, any JSON values. */
export const cypherParams: fc.Arbitrary<unknown> = fc.oneof(
  fc.dictionary(fc.oneof(fc.constantFrom("p", "id", "ids", "from", "skip", "limit"), fc.string()), anyJson, {
    maxKeys: 4,
  }),
  anyJson,
);
