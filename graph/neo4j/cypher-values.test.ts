// Converting a user's Cypher results: our entities become graph nodes, anything else stays plain data.
import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { createValueConverter } from "./cypher-values.js";

const node = (labels: string[], properties: Record<string, unknown>) =>
  new neo4j.types.Node(neo4j.int(1), labels, properties, "4:x:1");

describe("createValueConverter", () => {
  it("turns an entity node into a graph node and notes its id", () => {
    const converter = createValueConverter(new Map());
    const entity = node(["Entity", "Organization"], {
      id: "org:microsoft",
      kind: "Organization",
      name: "Microsoft",
      aliases: ["MSFT"],
      properties: '{"employees":221000}',
    });
    expect(converter.convert(entity)).toEqual({
      id: "org:microsoft",
      kind: "Organization",
      name: "Microsoft",
      aliases: ["MSFT"],
      properties: { employees: 221000 },
    });
    expect([...converter.entityIds]).toEqual(["org:microsoft"]);
  });

  it("keeps a virtual node labelled Entity without an id as plain data (db.schema.visualization)", () => {
    const converter = createValueConverter(new Map());
    const virtual = node(["Entity"], { name: "Entity", indexes: ["searchText"], constraints: [] });
    expect(converter.convert([virtual])).toEqual([
      { label: "Entity", name: "Entity", indexes: ["searchText"], constraints: [] },
    ]);
    expect(converter.entityIds.size).toBe(0);
  });
});
