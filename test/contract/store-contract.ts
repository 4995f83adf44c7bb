// ONE contract for every GraphStore: the same cases run against Kuzu and Neo4j, answers compared as data.
// Usage: describeStoreContract("kuzu", () => createKuzuStore({ dataDir: tmp })). The store is cleared:
// give it a throwaway database.
import { afterAll, beforeAll, describe } from "vitest";
import { loadSeedFolder, type SeedGraph } from "../../graph/seed/index.js";
import type { GraphStore } from "../../graph/store.js";
import { FIXTURE_SEED_DIR, REAL_SEED_DIR } from "./contract-expectations.js";
import { describeCypherContract } from "./cypher-contract.js";
import { describeDeepChainContract } from "./deep-chain-contract.js";
import { describePathFiltersContract } from "./path-filters-contract.js";
import { describeQueryContract } from "./query-contract.js";
import { describeReadContract } from "./read-contract.js";
import { describeUndirectedContract } from "./undirected-contract.js";
import { describeWalkIndexContract } from "./walk-index-contract.js";
import { describeFileAttributesContract } from "./file-attributes-contract.js";
import { describeResolutionContract } from "./resolution-contract.js";
import { describeSearchHitsContract } from "./search-hits-contract.js";
import { describeWriteContract } from "./write-contract.js";

export function describeStoreContract(name: string, makeStore: () => Promise<GraphStore>): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore | undefined;
    let fixture: SeedGraph | undefined;
    let seeds: SeedGraph | undefined;
    const storeOf = () => store ?? fail("the store was not created (see the beforeAll error)");
    const fixtureOf = () => fixture ?? fail("the fixture seed folder was not loaded");
    const seedsOf = () => seeds ?? fail("the curated seed folder was not loaded");

    beforeAll(async () => {
      fixture = await loadSeedFolder(FIXTURE_SEED_DIR);
      seeds = await loadSeedFolder(REAL_SEED_DIR);
      store = await makeStore();
      await store.ensureSchema();
    }, 120_000);
    afterAll(async () => {
      await store?.close();
    });

    describeReadContract(storeOf, fixtureOf);
    describeWriteContract(storeOf, fixtureOf);
    describeCypherContract(storeOf, fixtureOf);
    describeDeepChainContract(storeOf);
    describeResolutionContract(storeOf);
    // The shared query layer over the store, on the curated seeds: both stores must give its answers.
    describeQueryContract(storeOf, seedsOf);
    describePathFiltersContract(storeOf);
    describeUndirectedContract(storeOf);
    describeWalkIndexContract(storeOf);
    describeFileAttributesContract(storeOf);
    describeSearchHitsContract(storeOf);
  });
}

function fail(message: string): never {
  throw new Error(message);
}
