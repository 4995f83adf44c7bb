// The Cypher console's hardening on the app over the run's Neo4j, through inject (see support/cypher-hardening-suite.ts),
// and Neo4j's own memory cap (db.memory.transaction.max, set by the test launcher) answering 413, not 500.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeWithNeo4j } from "../support/neo4j-for-tests.js";
import { expectErrorShape, type ApiClient } from "../http/support/api-response.js";
import { cypherHardeningSuite } from "./support/cypher-hardening-suite.js";
import { neo4jApp, type ReliabilityServer } from "./support/servers.js";

/** Five million distinct strings of about 70 bytes, all held at once: far more than 512 MiB. */
const MEMORY_HOG =
  "UNWIND range(1, 5000000) AS x " +
  "WITH collect(toString(x) + '-padding-padding-padding-padding-padding-padding-padding') AS big " +
  "RETURN big[size(big) - 1] AS last";

describeWithNeo4j("Neo4j console", () => {
  cypherHardeningSuite({
    store: "neo4j",
    start: (cypher) => neo4jApp({ queries: { cypher } }),
    // A cold test JVM on a busy 2-core machine takes seconds to notice a stopped transaction.
    slackMs: 10_000,
  });

  describe("memory cap", () => {
    let target: ReliabilityServer<ApiClient>;
    beforeAll(async () => {
      // A long time limit, so that it is the memory cap, not the clock, that stops the query.
      target = await neo4jApp({ queries: { cypher: { timeoutMs: 120_000, maxRows: 10 } } });
    });
    afterAll(() => target?.close());

    it("stops a read that would hold more than db.memory.transaction.max with 413, and keeps answering", async () => {
      const res = await target.server.post("/api/cypher", { query: MEMORY_HOG });
      const error = expectErrorShape(res, 413, "too_large");
      expect(error.message).toMatch(/memory/i);
      const after = await target.server.post("/api/cypher", { query: "MATCH (n:Entity) RETURN count(n) AS c" });
      expect(after.status).toBe(200);
    });
  });
});
