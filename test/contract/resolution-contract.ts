// Contract cases for entity resolution on a store: two imports that share entities propose the right
// duplicates; merges move what they should and are recorded; undo (latest first) restores the graph
// exactly, compared as data; the audit trail never shows up as an entity.
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { ConflictError, InvalidInputError, NotFoundError } from "../../graph/errors.js";
import { importFile } from "../../graph/importers/index.js";
import type { Graph } from "../../graph/model/graph.js";
import { createGraphQueries } from "../../graph/queries/index.js";
import { proposeDuplicates, type MergeRecord } from "../../graph/resolution/index.js";
import type { GraphStore } from "../../graph/store.js";
import { sortedById } from "./contract-expectations.js";

const FIXTURES = fileURLToPath(new URL("../fixtures/resolution/", import.meta.url));
export const RESOLUTION_MAPPING = `${FIXTURES}awards.mapping.yaml`;
export const RESOLUTION_FILES = [`${FIXTURES}awards-2023.csv`, `${FIXTURES}awards-2024.csv`];

/** The pairs a reviewer expects from the two award files, each as [one id, other id] sorted. */
export const EXPECTED_DUPLICATE_PAIRS = [
  ["org:muller-bau", "org:muller-bau-gmbh"],
  ["org:stadt-koeln", "org:stadt-koln"],
  ["org:weber-co-kg", "org:weber-kg"],
  ["person:dr-hans-muller", "person:hans-muller"],
];

export async function importResolutionFiles(store: GraphStore): Promise<void> {
  for (const file of RESOLUTION_FILES) await importFile(store, file, { mapping: RESOLUTION_MAPPING });
}

/** Every entity and relation in full, sorted: the graph as data. */
export async function graphAsData(store: GraphStore): Promise<Graph> {
  const ids = await store.listEntityIds({ limit: 1_000_000 });
  const nodes = sortedById(await store.getEntities(ids));
  return { nodes, edges: ids.length > 0 ? sortedById(await store.relationsAmong(ids)) : [] };
}

export function describeResolutionContract(storeOf: () => GraphStore): void {
  describe("entity resolution", () => {
    let original: Graph;
    let orgMerge: MergeRecord;
    let personMerge: MergeRecord;

    beforeAll(async () => {
      await storeOf().clear();
      await importResolutionFiles(storeOf());
      original = await graphAsData(storeOf());
    }, 120_000);

    it("proposes the duplicates two imports share, with a score and a reason, and nothing else", async () => {
      const { proposals, scanned, truncated } = await proposeDuplicates(storeOf(), { limit: 50 });
      expect(proposals.map((p) => [p.keep.id, p.merge.id].sort()).sort()).toEqual(EXPECTED_DUPLICATE_PAIRS);
      expect({ scanned, truncated }).toEqual({ scanned: original.nodes.length - 2, truncated: false });
      const muller = proposals.find((p) => p.merge.id.startsWith("org:muller") || p.keep.id === "org:muller-bau");
      expect(muller).toMatchObject({ score: 1, reason: 'same name after dropping the legal form "GmbH"' });
      const koeln = proposals.find((p) => p.keep.id === "org:stadt-koln");
      expect(koeln?.merge.id).toBe("org:stadt-koeln");
      expect(koeln?.score).toBeGreaterThanOrEqual(0.85);
      expect(koeln?.score).toBeLessThan(1);
      expect((await proposeDuplicates(storeOf(), { kinds: ["Person"], limit: 50 })).proposals).toHaveLength(1);
    });

    it("merges: relations move to the kept entity, the other is gone, and the audit trail says who, when, why, what", async () => {
      orgMerge = await storeOf().mergeEntities({
        keep: "org:muller-bau-gmbh",
        merge: "org:muller-bau",
        reason: "same vendor, legal form left out in 2024",
        by: "contract-test",
      });
      expect(await storeOf().counts()).toEqual({
        entities: original.nodes.length - 1,
        relations: original.edges.length,
      });
      expect(await storeOf().getEntities(["org:muller-bau"])).toEqual([]);
      const [kept] = await storeOf().getEntities(["org:muller-bau-gmbh"]);
      expect(kept?.aliases).toEqual(["Müller Bau"]);
      expect((await storeOf().relationsOf("org:muller-bau-gmbh")).map((e) => e.id)).toEqual([
        "rel:org:muller-bau-gmbh>won>contract:k-1|k-1",
        "rel:org:muller-bau-gmbh>won>contract:k-4|k-4",
        "rel:person:dr-hans-muller>ceo_of>org:muller-bau-gmbh",
        "rel:person:hans-muller>ceo_of>org:muller-bau-gmbh",
      ]);
      const { paths } = await createGraphQueries(storeOf()).paths({
        from: "contract:k-1",
        to: "contract:k-4",
        maxHops: 2,
      });
      expect(paths[0]?.nodes.map((n) => n.id)).toEqual(["contract:k-1", "org:muller-bau-gmbh", "contract:k-4"]);

      expect(orgMerge).toMatchObject({
        by: "contract-test",
        reason: "same vendor, legal form left out in 2024",
        kind: "Organization",
        keep: { id: "org:muller-bau-gmbh", name: "Müller Bau GmbH" },
        merge: { id: "org:muller-bau", name: "Müller Bau" },
        undone: null,
      });
      expect(Date.parse(orgMerge.at)).toBeGreaterThan(Date.now() - 60_000);
      expect(orgMerge.moved.repointed).toEqual([
        { from: "rel:org:muller-bau>won>contract:k-4|k-4", to: "rel:org:muller-bau-gmbh>won>contract:k-4|k-4" },
        {
          from: "rel:person:hans-muller>ceo_of>org:muller-bau",
          to: "rel:person:hans-muller>ceo_of>org:muller-bau-gmbh",
        },
      ]);
      expect(await storeOf().getMerge(orgMerge.id)).toEqual(orgMerge);
      const pairs = (await proposeDuplicates(storeOf(), { limit: 50 })).proposals.map((p) => p.merge.id);
      expect(pairs).not.toContain("org:muller-bau");
    });

    it("combines a relation that both entities had into one, with the evidence of both", async () => {
      personMerge = await storeOf().mergeEntities({
        keep: "person:dr-hans-muller",
        merge: "person:hans-muller",
        reason: "same person, title left out",
      });
      expect(personMerge.by).toBe("unknown");
      expect(personMerge.moved.combined).toEqual([
        {
          from: "rel:person:hans-muller>ceo_of>org:muller-bau-gmbh",
          into: "rel:person:dr-hans-muller>ceo_of>org:muller-bau-gmbh",
        },
      ]);
      const [ceo] = await storeOf().getRelations(["rel:person:dr-hans-muller>ceo_of>org:muller-bau-gmbh"]);
      expect(ceo?.evidence.map((item) => item.source)).toHaveLength(2);
      expect(await storeOf().counts()).toEqual({
        entities: original.nodes.length - 2,
        relations: original.edges.length - 1,
      });
      expect((await storeOf().listMerges({ limit: 10 })).map((m) => m.id)).toEqual([personMerge.id, orgMerge.id]);
    });

    it("keeps the audit trail out of entities, counts, searches and overviews", async () => {
      const ids = await storeOf().listEntityIds({ limit: 1000 });
      expect(ids.some((id) => id.startsWith("merge"))).toBe(false);
      expect(await storeOf().searchCandidates(["contract", "test"], { limit: 10 })).toEqual([]);
      expect((await storeOf().schemaCounts()).kinds.reduce((sum, k) => sum + k.count, 0)).toBe(ids.length);
    });

    it("refuses to undo a merge that a later one built on, and changes nothing", async () => {
      const before = await graphAsData(storeOf());
      await expect(storeOf().undoMerge(orgMerge.id, { by: "contract-test" })).rejects.toThrow(ConflictError);
      await expect(storeOf().undoMerge(orgMerge.id, {})).rejects.toThrow(/changed or are gone/);
      expect(await graphAsData(storeOf())).toEqual(before);
    });

    it("undoes merges latest first and restores the graph exactly, compared as data", async () => {
      const undonePerson = await storeOf().undoMerge(personMerge.id, { by: "contract-test", reason: "check" });
      expect(undonePerson.undone).toMatchObject({ by: "contract-test", reason: "check" });
      const undoneOrg = await storeOf().undoMerge(orgMerge.id, { by: "contract-test" });
      expect(undoneOrg.undone).toMatchObject({ by: "contract-test", reason: null });
      expect(await graphAsData(storeOf())).toEqual(original);
      expect(await storeOf().counts()).toEqual({ entities: original.nodes.length, relations: original.edges.length });
      const trail = await storeOf().listMerges({ limit: 10 });
      expect(trail.map((m) => [m.id, m.undone?.by])).toEqual([
        [personMerge.id, "contract-test"],
        [orgMerge.id, "contract-test"],
      ]);
    });

    it("refuses a second undo, an unknown merge, other kinds, Sources and missing entities, writing nothing", async () => {
      const before = await graphAsData(storeOf());
      await expect(storeOf().undoMerge(orgMerge.id, {})).rejects.toThrow(/already undone/);
      await expect(storeOf().undoMerge("merge-nope", {})).rejects.toThrow(NotFoundError);
      const reason = "test";
      await expect(
        storeOf().mergeEntities({ keep: "org:schmidt-ag", merge: "person:eva-schmidt", reason }),
      ).rejects.toThrow(InvalidInputError);
      await expect(storeOf().mergeEntities({ keep: "org:schmidt-ag", merge: "org:nobody", reason })).rejects.toThrow(
        NotFoundError,
      );
      await expect(
        storeOf().mergeEntities({ keep: "org:schmidt-ag", merge: "org:schmidt-ag", reason }),
      ).rejects.toThrow(/into itself/);
      expect(await graphAsData(storeOf())).toEqual(before);
      expect(await storeOf().listMerges({ limit: 10 })).toHaveLength(2);
    });

    it("runs two merges of one entity one after the other: one wins, the other finds it gone", async () => {
      const reason = "race";
      const results = await Promise.allSettled([
        storeOf().mergeEntities({ keep: "org:weber-co-kg", merge: "org:weber-kg", reason }),
        storeOf().mergeEntities({ keep: "org:schmidt-ag", merge: "org:weber-kg", reason }),
      ]);
      const won = results.find((r) => r.status === "fulfilled");
      const lost = results.find((r) => r.status === "rejected");
      expect(lost?.reason).toBeInstanceOf(NotFoundError);
      const counts = await storeOf().counts();
      expect(counts.entities).toBe(original.nodes.length - 1);
      expect((await graphAsData(storeOf())).edges).toHaveLength(counts.relations);
      await storeOf().undoMerge((won as PromiseFulfilledResult<MergeRecord>).value.id, {});
      expect(await graphAsData(storeOf())).toEqual(original);
    });

    it("clears the audit trail with the graph", async () => {
      await storeOf().clear();
      expect(await storeOf().listMerges({ limit: 10 })).toEqual([]);
    });
  });
}
