// What an imported file says beyond the model's fields (weights, tags, dates, flags): kept on entities and
// relations with the type the file declares, through upserts and the bulk load alike. The same on every store.
import { describe, expect, it } from "vitest";
import type { Entity } from "../../graph/model/entity.js";
import type { FileAttributes } from "../../graph/model/file-attributes.js";
import { toRelation } from "../../graph/model/relation.js";
import type { GraphStore } from "../../graph/store.js";

const SOURCE = "src:les-miserables-gexf";
const NODE_ATTRIBUTES: FileAttributes = {
  "modularity class": { type: "integer", value: 3 },
  score: { type: "float", value: 2.5 },
  painted: { type: "boolean", value: false },
  born: { type: "date", value: "1815-10-01" },
  tags: { type: "list", value: ["bishop", "Digne"] },
  note: { type: "string", value: 'He said "welcome",\nand meant it' },
};
const EDGE_ATTRIBUTES: FileAttributes = {
  weight: { type: "float", value: 1 },
  chapters: { type: "list", value: [1, 4, 9] },
};

const entities = (): Entity[] =>
  [
    { id: "person:myriel", kind: "Person", name: "Myriel", aliases: [], properties: { attributes: NODE_ATTRIBUTES } },
    { id: "person:napoleon", kind: "Person", name: "Napoleon", aliases: [], properties: {} },
    { id: SOURCE, kind: "Source", name: "lesmiserables.gexf", aliases: [], properties: sourceProperties() },
  ] as Entity[];

const sourceProperties = () => ({
  title: "lesmiserables.gexf",
  language: "en",
  file: "x",
  published: "2024",
  publishedInferred: false,
});

const tie = (attributes?: FileAttributes) =>
  toRelation({
    type: "RELATED_TO",
    from: "person:napoleon",
    to: "person:myriel",
    status: "reported",
    directed: false,
    ...(attributes ? { attributes } : {}),
    evidence: [{ source: SOURCE, paragraph: 1, summary: "edge 1 of the file ties Napoleon and Myriel" }],
  });

export function describeFileAttributesContract(storeOf: () => GraphStore): void {
  describe("a file's own attributes", () => {
    it("come back from an upsert with their types, and go when the relation is written without them", async () => {
      const store = storeOf();
      await store.clear();
      await store.upsertEntities(entities());
      await store.upsertRelations([tie(EDGE_ATTRIBUTES)]);
      const [myriel] = await store.getEntities(["person:myriel"]);
      expect(myriel?.properties.attributes).toEqual(NODE_ATTRIBUTES);
      const [edge] = await store.getRelations([tie().id]);
      expect(edge?.attributes).toEqual(EDGE_ATTRIBUTES);
      expect((await store.relationsOf("person:myriel"))[0]?.attributes).toEqual(EDGE_ATTRIBUTES);

      await store.upsertRelations([tie()]);
      expect((await store.getRelations([tie().id]))[0]).not.toHaveProperty("attributes");
    });

    it("come back from the bulk load of an empty store", async () => {
      const store = storeOf();
      if (!store.bulkLoadIntoEmpty) return;
      await store.clear();
      expect(await store.bulkLoadIntoEmpty({ entities: entities(), relations: [tie(EDGE_ATTRIBUTES)] })).toBe(true);
      expect((await store.getEntities(["person:myriel"]))[0]?.properties.attributes).toEqual(NODE_ATTRIBUTES);
      expect((await store.getRelations([tie().id]))[0]?.attributes).toEqual(EDGE_ATTRIBUTES);
    });
  });
}
