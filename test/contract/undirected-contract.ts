// Undirected relations (an undirected edge of an imported GEXF or GraphML file): stored as such, walked
// both ways by a directed path search, drawn without an arrow in a path's text. The same on every store.
import { beforeAll, describe, expect, it } from "vitest";
import type { Entity } from "../../graph/model/entity.js";
import type { RelationInput } from "../../graph/model/relation.js";
import { toRelation } from "../../graph/model/relation.js";
import { createGraphQueries, type GraphQueries } from "../../graph/queries/index.js";
import type { GraphStore } from "../../graph/store.js";

const ADA = "person:ada";
const BETA = "org:beta";
const GAMMA = "org:gamma";
const ZETA = "org:zeta";
const SOURCE = "src:network";

const entity = (id: string, kind: Entity["kind"], name: string): Entity =>
  ({ id, kind, name, aliases: [], properties: {} }) as Entity;

const relation = (from: string, to: string, extra: Partial<RelationInput> = {}) =>
  toRelation({
    type: "PARTNERS_WITH",
    from,
    to,
    status: "confirmed",
    evidence: [{ source: SOURCE, paragraph: 1, summary: `edge between ${from} and ${to}` }],
    ...extra,
  });

const ENTITIES = [
  entity(ADA, "Person", "Ada"),
  entity(BETA, "Organization", "Beta"),
  entity(GAMMA, "Organization", "Gamma"),
  entity(ZETA, "Organization", "Zeta"),
  entity(SOURCE, "Source", "network.gexf"),
];
/** Ada → Beta, Beta — Zeta stored Zeta-first; Ada → Gamma and Zeta → Gamma point the other way. */
const ADA_BETA = relation(ADA, BETA);
const ZETA_BETA = relation(ZETA, BETA, { directed: false });
const ADA_GAMMA = relation(ADA, GAMMA);
const ZETA_GAMMA = relation(ZETA, GAMMA);
const RELATIONS = [ADA_BETA, ZETA_BETA, ADA_GAMMA, ZETA_GAMMA];

export function describeUndirectedContract(storeOf: () => GraphStore): void {
  describe("undirected relations", () => {
    let queries: GraphQueries;

    beforeAll(async () => {
      await storeOf().clear();
      await storeOf().upsertEntities(ENTITIES);
      await storeOf().upsertRelations(RELATIONS);
      queries = createGraphQueries(storeOf());
    }, 60_000);

    it("stay undirected in the store while a directed relation has no such flag", async () => {
      const edges = await storeOf().getRelations([ZETA_BETA.id, ADA_BETA.id]);
      expect(edges.map((edge) => [edge.id, edge.directed])).toEqual([
        [ZETA_BETA.id, false],
        [ADA_BETA.id, undefined],
      ]);
      expect((await storeOf().relationsOf(BETA)).find((edge) => edge.id === ZETA_BETA.id)?.directed).toBe(false);
    });

    it("are followed both ways by a directed path search; a directed relation against the walk is not", async () => {
      const directed = await queries.paths({ from: ADA, to: ZETA, directed: true, k: 5 });
      expect(directed.paths.map((path) => path.nodeIds)).toEqual([[ADA, BETA, ZETA]]);
      expect(directed.paths[0]?.text).toBe("Ada —partners with→ Beta —partners with— Zeta");
      const either = await queries.paths({ from: ADA, to: ZETA, k: 5 });
      expect(either.paths.map((path) => path.nodeIds)).toEqual([
        [ADA, BETA, ZETA],
        [ADA, GAMMA, ZETA],
      ]);
      const back = await queries.paths({ from: ZETA, to: ADA, directed: true, k: 5 });
      expect(back.paths).toEqual([]);
    });

    it("are adjacent in either direction a walk asks for", async () => {
      const out = await storeOf().adjacency([BETA], { direction: "out" });
      expect(out.map((edge) => edge.id)).toEqual([ZETA_BETA.id]);
      expect(out[0]?.directed).toBe(false);
      const inward = await storeOf().adjacency([ZETA], { direction: "in" });
      expect(inward.map((edge) => edge.id)).toEqual([ZETA_BETA.id]);
    });

    it("stay undirected through a bulk load into an empty store", async () => {
      await storeOf().clear();
      expect(await storeOf().bulkLoadIntoEmpty({ entities: ENTITIES, relations: RELATIONS })).toBe(true);
      const edges = await storeOf().getRelations(RELATIONS.map((r) => r.id));
      expect(edges.filter((edge) => edge.directed === false).map((edge) => edge.id)).toEqual([ZETA_BETA.id]);
      const directed = await createGraphQueries(storeOf()).paths({ from: ADA, to: ZETA, directed: true, k: 5 });
      expect(directed.paths.map((path) => path.nodeIds)).toEqual([[ADA, BETA, ZETA]]);
    });
  });
}
