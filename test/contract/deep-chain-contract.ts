// A chain of 41 entities in a line: walking it hop by hop over adjacency() reaches the far end at depth
// 40, well past Kuzu's 30-hop cap on variable-length Cypher patterns, so the shared BFS has no such cap.
import { beforeAll, describe, expect, it } from "vitest";
import type { Entity } from "../../graph/model/entity.js";
import type { Relation } from "../../graph/model/relation.js";
import type { GraphStore } from "../../graph/store.js";

export const CHAIN_LENGTH = 40;
const chainId = (i: number) => `org:chain-${String(i).padStart(2, "0")}`;

export function chainGraph(length = CHAIN_LENGTH): { entities: Entity[]; relations: Relation[] } {
  const entities: Entity[] = Array.from({ length: length + 1 }, (_, i) => ({
    id: chainId(i),
    kind: "Organization",
    name: `Chain link ${i}`,
    aliases: [],
    properties: {},
  }));
  const relations: Relation[] = Array.from({ length }, (_, i) => ({
    id: `rel:chain:${i}`,
    type: "SUPPLIES",
    stance: "partnership",
    from: chainId(i),
    to: chainId(i + 1),
    status: "confirmed",
    evidence: [{ source: "src:chain", paragraph: i + 1, summary: `Link ${i} supplies link ${i + 1}.` }],
  }));
  return { entities, relations };
}

/** Breadth-first search over adjacency(), one store call per layer, as graph/queries/ does. */
async function hopsBetween(store: GraphStore, from: string, to: string, maxDepth: number): Promise<number | undefined> {
  const seen = new Set([from]);
  let frontier = [from];
  for (let depth = 1; depth <= maxDepth && frontier.length > 0; depth++) {
    const edges = await store.adjacency(frontier, { direction: "out" });
    frontier = edges.map((edge) => edge.target).filter((id) => !seen.has(id));
    frontier.forEach((id) => seen.add(id));
    if (seen.has(to)) return depth;
  }
  return undefined;
}

export function describeDeepChainContract(storeOf: () => GraphStore): void {
  describe("a 40-hop chain", () => {
    beforeAll(async () => {
      const chain = chainGraph();
      await storeOf().clear();
      await storeOf().upsertEntities(chain.entities);
      await storeOf().upsertRelations(chain.relations);
    });

    it("is walked to its far end over adjacency, 40 hops deep", async () => {
      expect(await hopsBetween(storeOf(), chainId(0), chainId(CHAIN_LENGTH), 100)).toBe(CHAIN_LENGTH);
      expect(await hopsBetween(storeOf(), chainId(CHAIN_LENGTH), chainId(0), 100)).toBeUndefined();
    });
  });
}
