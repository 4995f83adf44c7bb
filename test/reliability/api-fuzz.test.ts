// Property-based fuzzing of every API route on a real server over Kuzu (see support/fuzz-suite.ts).
import { fuzzSuite } from "./support/fuzz-suite.js";
import { kuzuServer } from "./support/servers.js";

fuzzSuite({
  store: "kuzu",
  start: () => kuzuServer({ queries: { cypher: { timeoutMs: 2_000 } } }),
  runsPerRoute: 200,
  requestTimeoutMs: 15_000,
});
