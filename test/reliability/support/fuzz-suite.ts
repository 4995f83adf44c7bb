// The API fuzz suite, shared by the Kuzu and Neo4j test files: every route under fast-check, the case
// count printed, and afterwards a server that still answers over a store that nothing has changed.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkOne, describeTally, documentedStatuses, FUZZ_ROUTES, newTally } from "./api-fuzzer.js";
import type { ReliabilityServer } from "./servers.js";
import { fingerprintOf, type StoreFingerprint } from "./store-fingerprint.js";

export interface FuzzSuiteOptions {
  store: "kuzu" | "neo4j";
  start: () => Promise<ReliabilityServer>;
  runsPerRoute: number;
  /** Longer than the console's own time limit: past it a request counts as a hang. */
  requestTimeoutMs: number;
}

export function fuzzSuite(options: FuzzSuiteOptions): void {
  describe(`API fuzzing on ${options.store}`, () => {
    let target: ReliabilityServer;
    let before: StoreFingerprint;
    let documented: Map<string, number[]>;
    const tally = newTally();
    const started = performance.now();

    beforeAll(async () => {
      target = await options.start();
      before = await fingerprintOf(target.store);
      documented = documentedStatuses((await target.server.get("/api/openapi.json")).body);
    });
    afterAll(async () => {
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `fuzz: ${tally.cases} cases over ${FUZZ_ROUTES.length} routes on ${options.store} in ${seconds} s (${describeTally(tally)})`,
      );
      await target?.close();
    });

    for (const route of FUZZ_ROUTES) {
      it(`${route.name}: no unintended 5xx, no hang, only documented statuses, JSON errors in our shape`, async () => {
        expect(documented.get(route.name), `${route.name} is in the OpenAPI document`).toBeDefined();
        const run = await fc.check(
          fc.asyncProperty(route.request, (request) =>
            checkOne(
              target.server.baseUrl,
              route,
              request,
              tally,
              options.requestTimeoutMs,
              documented.get(route.name) ?? [],
            ),
          ),
          { numRuns: options.runsPerRoute },
        );
        // fast-check's own report prints the whole counterexample, which can be megabytes of URL.
        if (run.failed) {
          const why = run.errorInstance instanceof Error ? run.errorInstance.message : String(run.errorInstance);
          throw new Error(
            `after ${run.numRuns} cases (seed ${run.seed}, path ${run.counterexamplePath}):\n${why.slice(0, 2000)}`,
          );
        }
      });
    }

    it("leaves the server answering and the store unchanged", async () => {
      const health = await target.server.get("/api/health");
      expect(health.status).toBe(200);
      expect(await fingerprintOf(target.store)).toEqual(before);
      expect(tally.cases).toBeGreaterThanOrEqual(FUZZ_ROUTES.length * options.runsPerRoute);
    });
  });
}
