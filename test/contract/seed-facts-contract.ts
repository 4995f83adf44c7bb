// Every fact of test/fixtures/seed-facts.ts checked against what a store gives back after importing the
// curated seeds, read through the query layer, so Kuzu and Neo4j are held to the same list of facts.
import { beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../../graph/model/graph.js";
import type { GraphQueries } from "../../graph/queries/index.js";
import type { SeedGraph } from "../../graph/seed/index.js";
import { SEED_FACTS, checkSeedFact } from "../fixtures/seed-facts.js";

/** The whole stored graph: every seed entity id asked for at once, with every relation among them. */
export async function storedGraphOf(queries: GraphQueries, seeds: SeedGraph): Promise<Graph> {
  return queries.subgraph(seeds.entities.map((e) => e.id));
}

/** Call inside a describe whose beforeAll has imported the curated seeds into the store. */
export function describeSeedFactsContract(queriesOf: () => GraphQueries, seedsOf: () => SeedGraph): void {
  describe("seed facts, as stored", () => {
    let stored: Graph;
    beforeAll(async () => {
      stored = await storedGraphOf(queriesOf(), seedsOf());
    });

    it("holds every entity and relation of the seed files", () => {
      expect(stored.nodes).toHaveLength(seedsOf().entities.length);
      expect(stored.edges).toHaveLength(seedsOf().relations.length);
    });

    it.each(SEED_FACTS.map((fact) => [fact.description, fact] as const))("%s", (_description, fact) => {
      expect(checkSeedFact(fact, stored)).toBeNull();
    });
  });
}
