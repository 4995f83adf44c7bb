// Contract cases for a store's writes: the importer's idempotence, updates in place, relations whose ends
// move, refusals that leave the data untouched, clear, and the real seed folder.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { InvalidInputError } from "../../graph/errors.js";
import { importSeedFolder, importSeedGraph } from "../../graph/import/index.js";
import type { Relation } from "../../graph/model/relation.js";
import { loadSeedFolder, type SeedGraph } from "../../graph/seed/index.js";
import type { GraphStore } from "../../graph/store.js";
import { FIXTURE_SEED_DIR, REAL_SEED_DIR, edgeOf, idsOf, sortedById } from "./contract-expectations.js";

export function describeWriteContract(storeOf: () => GraphStore, fixtureOf: () => SeedGraph): void {
  describe("writes", () => {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "store-contract-"));
    afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

    beforeEach(async () => {
      await storeOf().clear();
    });

    const relation = (id: string): Relation => {
      const found = fixtureOf().relations.find((r) => r.id === id);
      if (!found) throw new Error(`fixture has no relation ${id}`);
      return found;
    };
    const everything = async () => {
      const store = storeOf();
      return {
        counts: await store.counts(),
        entities: sortedById(await store.getEntities(fixtureOf().entities.map((e) => e.id))),
        relations: sortedById(await store.getRelations(fixtureOf().relations.map((r) => r.id))),
      };
    };

    it("imports a seed folder and reports how many records it wrote", async () => {
      const summary = await importSeedFolder(storeOf(), FIXTURE_SEED_DIR, { batchSize: 4 });
      expect(summary).toMatchObject({ entities: fixtureOf().entities.length, relations: fixtureOf().relations.length });
      expect(summary.seconds).toBeGreaterThanOrEqual(0);
      expect(await storeOf().counts()).toEqual({ entities: 14, relations: 15 });
    });

    it("changes nothing when the same folder is imported again", async () => {
      await importSeedFolder(storeOf(), FIXTURE_SEED_DIR, { batchSize: 5 });
      const first = await everything();
      await importSeedFolder(storeOf(), FIXTURE_SEED_DIR, { batchSize: 3 });
      expect(await everything()).toEqual(first);
    });

    it("updates an entity in place: new name found, old name gone, counts unchanged", async () => {
      await importSeedGraph(storeOf(), fixtureOf());
      const oracle = fixtureOf().entities.find((e) => e.id === "org:oracle");
      await storeOf().upsertEntities([{ ...oracle!, name: "Red Database Corp", aliases: ["ORCL"] }]);
      const [updated] = await storeOf().getEntities(["org:oracle"]);
      expect(updated).toMatchObject({ name: "Red Database Corp", aliases: ["ORCL"] });
      expect(idsOf(await storeOf().searchCandidates(["orcl"], { limit: 10 }))).toEqual(["org:oracle"]);
      expect(idsOf(await storeOf().searchCandidates(["corp"], { limit: 10 }))).toEqual(["org:microsoft", "org:oracle"]);
      expect(await storeOf().searchCandidates(["oracle"], { limit: 10 })).toEqual([]);
      expect(await storeOf().counts()).toEqual({ entities: 14, relations: 15 });
    });

    it("keeps a relation id unique when its ends change, and drops optional fields that are gone", async () => {
      await importSeedGraph(storeOf(), fixtureOf());
      const moved: Relation = { ...relation("rel:ms-oracle-interconnect"), to: "org:amazon", date: undefined };
      await storeOf().upsertRelations([moved]);
      expect(await storeOf().getRelations([moved.id])).toEqual([edgeOf(moved)]);
      expect((await storeOf().relationsOf("org:oracle")).map((e) => e.id)).not.toContain(moved.id);
      const { amount: _amount, note: _note, ...plainWon } = relation("rel:org:microsoft>won>contract:jedi");
      await storeOf().upsertRelations([plainWon]);
      expect((await storeOf().getRelations([plainWon.id]))[0]).toMatchObject({ amount: null, note: null });
      expect(await storeOf().counts()).toEqual({ entities: 14, relations: 15 });
    });

    it("refuses relations whose ends do not exist and writes none of the batch", async () => {
      await importSeedGraph(storeOf(), fixtureOf());
      const good: Relation = {
        ...relation("rel:org:amazon>competes_with>org:microsoft"),
        id: "rel:new-good",
        to: "org:oracle",
      };
      const dangling: Relation = { ...good, id: "rel:new-dangling", to: "org:nowhere" };
      const attempt = storeOf().upsertRelations([good, dangling]);
      await expect(attempt).rejects.toBeInstanceOf(InvalidInputError);
      await expect(attempt).rejects.toThrow(/org:nowhere/);
      expect(await storeOf().getRelations(["rel:new-good", "rel:new-dangling"])).toEqual([]);
      expect(await storeOf().counts()).toEqual({ entities: 14, relations: 15 });
    });

    it("stops a bad seed folder before writing anything", async () => {
      const bad = path.join(scratch, "bad-seed");
      fs.mkdirSync(bad, { recursive: true });
      fs.copyFileSync(path.join(FIXTURE_SEED_DIR, "entities.json"), path.join(bad, "a-entities.json"));
      const relations = {
        relations: [{ type: "WON", from: "org:microsoft", to: "contract:jedi", status: "maybe", evidence: [] }],
      };
      fs.writeFileSync(path.join(bad, "b-relations.json"), JSON.stringify(relations));
      await expect(importSeedFolder(storeOf(), bad)).rejects.toThrow(InvalidInputError);
      await expect(importSeedFolder(storeOf(), bad)).rejects.toThrow(/b-relations\.json/);
      expect(await storeOf().counts()).toEqual({ entities: 0, relations: 0 });
    });

    it("clears everything", async () => {
      await importSeedGraph(storeOf(), fixtureOf());
      await storeOf().clear();
      expect(await storeOf().counts()).toEqual({ entities: 0, relations: 0 });
      expect(await storeOf().searchCandidates(["amazon"], { limit: 10 })).toEqual([]);
      expect(await storeOf().adjacency(["org:amazon"], {})).toEqual([]);
      expect(await storeOf().schemaCounts()).toEqual({ kinds: [], relationTypes: [] });
    });

    it("imports the real seed folder, twice, with the same counts", async () => {
      const seeds = await loadSeedFolder(REAL_SEED_DIR);
      const expected = { entities: seeds.entities.length, relations: seeds.relations.length };
      expect(await importSeedFolder(storeOf(), REAL_SEED_DIR)).toMatchObject(expected);
      expect(await storeOf().counts()).toEqual(expected);
      await importSeedFolder(storeOf(), REAL_SEED_DIR);
      expect(await storeOf().counts()).toEqual(expected);
      const sample = seeds.relations.slice(0, 20);
      expect(sortedById(await storeOf().getRelations(sample.map((r) => r.id)))).toEqual(sortedById(sample.map(edgeOf)));
    });
  });
}
