// Runs the store contract on the run's real Neo4j (see test/support/neo4j-global-setup.ts), plus what
// only Neo4j has: a routing URI, and the database itself refusing writes in a READ session.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importSeedFolder } from "../../graph/import/index.js";
import { createNeo4jStore } from "../../graph/neo4j/index.js";
import type { GraphStore } from "../../graph/store.js";
import { createTestNeo4jStore, describeWithNeo4j, neo4jStoreConfig } from "../support/neo4j-for-tests.js";
import { FIXTURE_SEED_DIR } from "./contract-expectations.js";
import { describeStoreContract } from "./store-contract.js";

describeWithNeo4j("Neo4j", (target) => {
  describeStoreContract("neo4j", () => createTestNeo4jStore());
  describe("Neo4j store only", () => describeNeo4jOnly(target));
});

function describeNeo4jOnly(target: Parameters<typeof neo4jStoreConfig>[0]): void {
  let store: GraphStore;
  beforeAll(async () => {
    store = await createTestNeo4jStore();
    await importSeedFolder(store, FIXTURE_SEED_DIR);
  }, 120_000);
  afterAll(async () => store?.close());

  it("reads the fixture through a neo4j:// routing URI as through bolt://", async () => {
    const routed = createNeo4jStore(neo4jStoreConfig(target, { uri: target.uri.replace(/^bolt:/, "neo4j:") }));
    try {
      expect(await routed.counts()).toEqual(await store.counts());
      expect(await routed.describe()).toMatch(/^Neo4j 5\.\d+\.\d+ \w+ at neo4j:\/\//);
    } finally {
      await routed.close();
    }
  });

  it("imports the fixture twice without duplicating anything", async () => {
    const before = await store.counts();
    await importSeedFolder(store, FIXTURE_SEED_DIR);
    expect(await store.counts()).toEqual(before);
    expect(before).toEqual({ entities: 14, relations: 15 });
  });
}
