import { beforeAll, describe, expect, it } from "vitest";
import type { Graph } from "../model/graph.js";
import { SEED_FACTS, checkSeedFact } from "../../test/fixtures/seed-facts.js";
import { SEEDS_DIR } from "./curated-seeds.js";
import { loadSeedFolder } from "./load-seed-folder.js";

let graph: Graph;
beforeAll(async () => {
  const seed = await loadSeedFolder(SEEDS_DIR);
  graph = {
    nodes: seed.entities.map(({ id, name, kind, aliases, properties }) => ({ id, name, kind, aliases, properties })),
    edges: seed.relations.map((r) => ({
      id: r.id,
      source: r.from,
      target: r.to,
      type: r.type,
      stance: r.stance,
      status: r.status,
      date: r.date ?? null,
      amount: r.amount ?? null,
      note: r.note ?? null,
      evidence: r.evidence,
    })),
  };
});

describe("seed facts", () => {
  it("lists enough facts to be worth checking", () => {
    expect(SEED_FACTS.length).toBeGreaterThanOrEqual(15);
  });

  it.each(SEED_FACTS.map((fact) => [fact.description, fact] as const))("%s", (_description, fact) => {
    expect(checkSeedFact(fact, graph)).toBeNull();
  });

  it("the checker notices a fact that does not hold", () => {
    const confirmedInfluence = { ...SEED_FACTS.find((f) => f.description.startsWith("Trump's influence"))! };
    expect(checkSeedFact({ ...confirmedInfluence, status: "confirmed" } as typeof confirmedInfluence, graph)).toMatch(
      /has status alleged, expected confirmed/,
    );
    expect(
      checkSeedFact(
        { description: "x", entity: "contract:cia-2013", property: "value", equals: { value: 1, currency: "USD" } },
        graph,
      ),
    ).toMatch(/contract:cia-2013.value is/);
    expect(
      checkSeedFact({ description: "x", from: "org:microsoft", type: "WON", to: "contract:jedi", absent: true }, graph),
    ).toMatch(/expected no WON relation/);
  });
});
