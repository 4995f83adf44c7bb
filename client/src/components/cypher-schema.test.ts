import { describe, expect, it } from "vitest";
import { ENTITY_KINDS, RELATION_TYPES } from "../../../graph/model/vocabulary-constants.js";
import { cypherSchemaFor } from "./cypher-schema.js";

describe("Cypher completion schema", () => {
  it("on Neo4j offers every entity kind as a label and every relation type, each with its colon", () => {
    const schema = cypherSchemaFor("neo4j");
    for (const kind of ENTITY_KINDS) expect(schema.labels).toContain(`:${kind}`);
    for (const type of RELATION_TYPES) expect(schema.relationshipTypes).toContain(`:${type}`);
    expect(schema.relationshipTypes).not.toContain(":Relation");
  });

  it("on Kuzu offers only the labels Kuzu has, since kinds and types are properties there", () => {
    const schema = cypherSchemaFor("kuzu");
    expect(schema.labels).toEqual([":Entity"]);
    expect(schema.relationshipTypes).toEqual([":Relation"]);
    expect(schema.propertyKeys).toEqual(expect.arrayContaining(["id", "name", "kind", "type", "stance", "status"]));
  });
});
