// Property-based fuzzing of every API route on a real server over the run's Neo4j (see support/fuzz-suite.ts).
// Fewer cases than on Kuzu: a cold test JVM plans every new statement slowly on a 2-core machine.
import { describeWithNeo4j } from "../support/neo4j-for-tests.js";
import { fuzzSuite } from "./support/fuzz-suite.js";
import { neo4jServer } from "./support/servers.js";

describeWithNeo4j("Neo4j API", () => {
  fuzzSuite({
    store: "neo4j",
    start: () => neo4jServer({ queries: { cypher: { timeoutMs: 5_000 } } }),
    runsPerRoute: 40,
    requestTimeoutMs: 60_000,
  });
});
