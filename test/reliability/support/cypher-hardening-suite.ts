// The console hardening suite, shared by the Kuzu and Neo4j test files: every write or escape attempt of
// the guard's corpus (as written, in lower case, behind a comment) refused over HTTP with the store left
// exactly as it was, and the console's limits (time, rows, hops) holding on a real server.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REFUSED_QUERIES } from "../../../graph/cypher/corpus.js";
import { expectErrorShape, type ApiClient } from "../../http/support/api-response.js";
import type { ReliabilityServer } from "./servers.js";
import { fingerprintOf, type StoreFingerprint } from "./store-fingerprint.js";

export const CONSOLE_TIMEOUT_MS = 1_500;
export const CONSOLE_MAX_ROWS = 250;

/** Read-only and slow: a cartesian product of the whole graph with itself, five times over. */
export const SLOW_CARTESIAN =
  "MATCH (a:Entity), (b:Entity), (c:Entity), (d:Entity), (e:Entity) " +
  "WHERE a.name < b.name OR c.name < d.name OR e.name > a.name RETURN count(*) AS n";

export interface HardeningOptions {
  store: "kuzu" | "neo4j";
  start: (limits: { timeoutMs: number; maxRows: number }) => Promise<ReliabilityServer<ApiClient>>;
  /** How long past the console's limit a stopped query may take to come back, on a busy 2-core machine. */
  slackMs: number;
}

/** A refused query, and the same attempt disguised twice. */
function variantsOf(query: string): { how: string; query: string }[] {
  return [
    { how: "as written", query },
    { how: "lower case", query: query.toLowerCase() },
    { how: "behind a comment", query: `/* read only, promise */ ${query}` },
  ];
}

export function cypherHardeningSuite(options: HardeningOptions): void {
  describe(`Cypher console hardening on ${options.store}`, () => {
    let target: ReliabilityServer<ApiClient>;
    let before: StoreFingerprint;

    beforeAll(async () => {
      target = await options.start({ timeoutMs: CONSOLE_TIMEOUT_MS, maxRows: CONSOLE_MAX_ROWS });
      before = await fingerprintOf(target.store);
      expect(before.entities).toBeGreaterThan(10);
    });
    afterAll(() => target?.close());

    it(`refuses all ${REFUSED_QUERIES.length} write and escape attempts of the corpus, and their disguises`, async () => {
      const failures: string[] = [];
      let sent = 0;
      for (const attempt of REFUSED_QUERIES) {
        for (const variant of variantsOf(attempt.query)) {
          sent++;
          const res = await target.server.post("/api/cypher", { query: variant.query });
          try {
            const error = expectErrorShape(res, 422, "query_refused");
            if (variant.how === "as written" && !error.message.toLowerCase().includes(attempt.refused.toLowerCase())) {
              failures.push(`${attempt.name}: message does not name "${attempt.refused}": ${error.message}`);
            }
          } catch (problem) {
            failures.push(`${attempt.name} (${variant.how}): ${(problem as Error).message.split("\n")[0]}`);
          }
        }
      }
      console.log(`cypher hardening on ${options.store}: ${sent} refused attempts sent`);
      expect(failures).toEqual([]);
    });

    it("leaves the store exactly as it was: counts and a checksum over every record", async () => {
      expect(await fingerprintOf(target.store)).toEqual(before);
      const evil = await target.server.post("/api/cypher", {
        query: "MATCH (n:Entity) WHERE n.name IN ['x', 'Evil'] RETURN count(n) AS c",
      });
      expect(evil.status).toBe(200);
      expect(evil.body.rows).toEqual([[0]]);
    });

    it(`caps the rows at ${CONSOLE_MAX_ROWS} and says the answer is truncated`, async () => {
      const res = await target.server.post("/api/cypher", {
        query: "MATCH (a:Entity), (b:Entity) RETURN a.id AS a, b.id AS b",
      });
      expect(res.status).toBe(200);
      expect(res.body.rows).toHaveLength(CONSOLE_MAX_ROWS);
      expect(res.body.truncated).toBe(true);
      const small = await target.server.post("/api/cypher", { query: "MATCH (a:Entity) RETURN a.id LIMIT 5" });
      expect(small.body.truncated).toBe(false);
    });

    it("refuses a variable-length pattern above 10 hops or without a bound, and runs one within the limit", async () => {
      for (const query of [
        "MATCH (a:Entity)-[*1..11]-(b:Entity) RETURN count(*)",
        "MATCH (a:Entity)-[*]-(b:Entity) RETURN count(*)",
        "MATCH (a:Entity)-[*3..]-(b:Entity) RETURN count(*)",
      ]) {
        const error = expectErrorShape(await target.server.post("/api/cypher", { query }), 422, "query_refused");
        expect(error.message).toMatch(/hops|upper bound/);
      }
      const ok = await target.server.post("/api/cypher", {
        query: "MATCH (a:Entity {id: 'org:microsoft'})-[*1..2]-(b:Entity) RETURN count(DISTINCT b) AS n",
      });
      expect(ok.status).toBe(200);
      expect(ok.body.rows[0][0]).toBeGreaterThan(0);
    });

    // Last: a database stops a timed-out query cooperatively, so on a busy machine it may still be winding
    // down while the next query runs, and the cases above would wait behind it under the same 1.5 s limit.
    it(`stops a slow read-only query with 504 within the ${CONSOLE_TIMEOUT_MS} ms limit, then answers again`, async () => {
      const started = performance.now();
      const res = await target.server.post("/api/cypher", { query: SLOW_CARTESIAN });
      const elapsed = performance.now() - started;
      const error = expectErrorShape(res, 504, "query_timeout");
      expect(error.message).toMatch(/time limit/i);
      expect(elapsed).toBeLessThan(CONSOLE_TIMEOUT_MS + options.slackMs);
      const after = await target.server.post("/api/cypher", { query: "MATCH (n:Entity) RETURN count(n) AS c" });
      expect(after.status).toBe(200);
      expect(after.body.rows).toEqual([[before.entities]]);
    });
  });
}
