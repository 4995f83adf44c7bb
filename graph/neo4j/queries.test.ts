// Labels and relation types reach a query string only from the allow-lists.
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../errors.js";
import type { EntityKind, RelationType } from "../model/vocabulary.js";
import {
  createEntitiesOfKind,
  createRelationIdIndex,
  createRelationsOfType,
  upsertEntitiesOfKind,
  upsertRelationsOfType,
} from "./queries.js";

describe("queries built per label or type", () => {
  it("accept the allowed kinds and types", () => {
    expect(upsertEntitiesOfKind("Person")).toContain("SET e:Person");
    expect(upsertRelationsOfType("WON")).toContain("MERGE (a)-[r:WON {id: row.id}]->(b)");
    expect(createRelationIdIndex("CEO_OF")).toContain("FOR ()-[r:CEO_OF]-() ON (r.id)");
    expect(createEntitiesOfKind("Contract")).toContain("CREATE (e:Entity:Contract)");
    expect(createRelationsOfType("PAID")).toContain("CREATE (a)-[:PAID {id: row[2], stance: row[3],");
  });

  it("refuse anything else before it becomes Cypher", () => {
    const injected = "WON]->() DETACH DELETE a //" as RelationType;
    expect(() => upsertRelationsOfType(injected)).toThrow(InvalidInputError);
    expect(() => createRelationIdIndex(injected)).toThrow(/unknown relation type/);
    expect(() => upsertEntitiesOfKind("Person:Admin" as EntityKind)).toThrow(/unknown entity kind/);
    expect(() => createRelationsOfType(injected)).toThrow(InvalidInputError);
    expect(() => createEntitiesOfKind("Person:Admin" as EntityKind)).toThrow(/unknown entity kind/);
  });
});
