// Contract cases for read-only Cypher: results as plain data in one shape for both stores, the row cap,
// the time limit, and writes refused with the data left as it was.
import { beforeAll, describe, expect, it } from "vitest";
import { QueryRefusedError, QueryTimeoutError } from "../../graph/errors.js";
import { importSeedGraph } from "../../graph/import/index.js";
import type { SeedGraph } from "../../graph/seed/index.js";
import type { GraphStore } from "../../graph/store.js";
import { edgeOf, nodeOf } from "./contract-expectations.js";

const LIMITS = { maxRows: 100, timeoutMs: 10_000 };

export function describeCypherContract(storeOf: () => GraphStore, fixtureOf: () => SeedGraph): void {
  describe("read-only Cypher", () => {
    beforeAll(async () => {
      await storeOf().clear();
      await importSeedGraph(storeOf(), fixtureOf());
    });

    const entity = (id: string) => nodeOf(fixtureOf().entities.find((e) => e.id === id)!);
    const relation = (id: string) => edgeOf(fixtureOf().relations.find((r) => r.id === id)!);

    it("answers a query with parameters as rows of plain values", async () => {
      const result = await storeOf().runReadOnlyCypher(
        "MATCH (a:Entity {id: $id})-[r]->(b:Entity) RETURN b.name AS name, r.id AS relation ORDER BY relation",
        { id: "org:amazon" },
        LIMITS,
      );
      const expected = fixtureOf()
        .relations.filter((r) => r.from === "org:amazon")
        .sort((x, y) => (x.id < y.id ? -1 : 1))
        .map((r) => [entity(r.to).name, r.id]);
      expect(result).toEqual({
        columns: ["name", "relation"],
        rows: expected,
        entityIds: [],
        relationIds: [],
        truncated: false,
      });
      const count = await storeOf().runReadOnlyCypher("MATCH (e:Entity) RETURN count(e) AS n", {}, LIMITS);
      expect(count.rows).toEqual([[14]]);
    });

    it("returns nodes and relations in the shape getEntities and getRelations use, and names their ids", async () => {
      const result = await storeOf().runReadOnlyCypher(
        "MATCH (a:Entity {id: $id})-[r]->(b:Entity) RETURN a, r, b ORDER BY r.id",
        { id: "person:satya-nadella" },
        LIMITS,
      );
      const satya = entity("person:satya-nadella");
      expect(result.rows).toEqual([
        [satya, relation("rel:person:satya-nadella>attended>event:jedi-award"), entity("event:jedi-award")],
        [satya, relation("rel:person:satya-nadella>ceo_of>org:microsoft"), entity("org:microsoft")],
      ]);
      expect(result.entityIds).toEqual(["event:jedi-award", "org:microsoft", "person:satya-nadella"]);
      expect(result.relationIds).toEqual([
        "rel:person:satya-nadella>attended>event:jedi-award",
        "rel:person:satya-nadella>ceo_of>org:microsoft",
      ]);
    });

    it("returns a path as its nodes and relationships in order", async () => {
      const result = await storeOf().runReadOnlyCypher(
        "MATCH p = (a:Entity {id: $from})-[*1..2]->(b:Entity {id: $to}) RETURN p",
        { from: "person:satya-nadella", to: "contract:jedi" },
        LIMITS,
      );
      expect(result.rows).toEqual([
        [
          {
            nodes: [entity("person:satya-nadella"), entity("org:microsoft"), entity("contract:jedi")],
            relationships: [
              relation("rel:person:satya-nadella>ceo_of>org:microsoft"),
              relation("rel:org:microsoft>won>contract:jedi"),
            ],
          },
        ],
      ]);
      expect(result.relationIds).toHaveLength(2);
    });

    it("stops at maxRows and says the answer was cut", async () => {
      const query = "MATCH (e:Entity) RETURN e.id AS id ORDER BY id";
      const cut = await storeOf().runReadOnlyCypher(query, {}, { ...LIMITS, maxRows: 3 });
      expect(cut.rows).toEqual([["contract:jedi"], ["event:jedi-award"], ["org:amazon"]]);
      expect(cut.truncated).toBe(true);
      const whole = await storeOf().runReadOnlyCypher(query, {}, LIMITS);
      expect(whole.rows).toHaveLength(14);
      expect(whole.truncated).toBe(false);
    });

    it("refuses writes and leaves the data unchanged", async () => {
      const before = await storeOf().counts();
      for (const query of [
        "CREATE (e:Entity {id: 'org:intruder', name: 'Intruder'})",
        "MATCH (e:Entity) DETACH DELETE e",
        "MATCH (e:Entity {id: 'org:amazon'}) SET e.name = 'Renamed'",
      ]) {
        await expect(storeOf().runReadOnlyCypher(query, {}, LIMITS), query).rejects.toBeInstanceOf(QueryRefusedError);
      }
      expect(await storeOf().counts()).toEqual(before);
      expect((await storeOf().getEntities(["org:amazon"]))[0]?.name).toBe("Amazon");
    });

    it("stops a query that runs past its time limit", async () => {
      const slow =
        "UNWIND range(1, 20000) AS x UNWIND range(1, 20000) AS y WITH x, y WHERE (x * y) % 7 = 1 RETURN count(*) AS n";
      await expect(storeOf().runReadOnlyCypher(slow, {}, { maxRows: 10, timeoutMs: 200 })).rejects.toBeInstanceOf(
        QueryTimeoutError,
      );
      // The store is still usable afterwards.
      expect(await storeOf().counts()).toEqual({ entities: 14, relations: 15 });
    });
  });
}
