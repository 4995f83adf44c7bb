import { describe, expect, it } from "vitest";
import type { Entity } from "../model/entity.js";
import { toRelation, type RelationInput } from "../model/relation.js";
import { firstDifference, validateSeedGraph } from "./validate-seed-graph.js";
import { invalidInput } from "./seed-test-folders.js";

const source: Entity = {
  id: "src:a",
  kind: "Source",
  name: "A",
  aliases: [],
  properties: { title: "A", language: "de", file: "a.txt", published: "2020", publishedInferred: false },
};
const acme: Entity = { id: "org:acme", kind: "Organization", name: "Acme", aliases: [], properties: {} };
const globex: Entity = { id: "org:globex", kind: "Organization", name: "Globex", aliases: [], properties: {} };
const relation = (overrides: Partial<RelationInput> = {}) =>
  toRelation({
    type: "PARTNERS_WITH",
    from: "org:acme",
    to: "org:globex",
    status: "confirmed",
    evidence: [{ source: "src:a", paragraph: 1, summary: "They work together." }],
    ...overrides,
  });

describe("validateSeedGraph on a graph built in code", () => {
  it("returns a consistent graph with identical duplicates merged", () => {
    const graph = validateSeedGraph({ entities: [source, acme, globex, { ...acme }], relations: [relation()] });
    expect(graph.entities.map((e) => e.id)).toEqual(["src:a", "org:acme", "org:globex"]);
    expect(graph.relations).toHaveLength(1);
  });

  it("names records by their index when no file is known", async () => {
    const error = await invalidInput(
      Promise.resolve().then(() =>
        validateSeedGraph({ entities: [source, acme], relations: [relation(), relation({ to: "org:initech" })] }),
      ),
    );
    expect(error.message).toContain('(input): relations[0] (rel:org:acme>partners_with>org:globex): field "to"');
    expect(error.message).toContain('(input): relations[1] (rel:org:acme>partners_with>org:initech): field "to"');
  });

  it("rejects evidence that cites an entity which is not a Source", async () => {
    const fakeSource = { ...acme, id: "src:fake" } as Entity;
    const bad = relation({ evidence: [{ source: "src:fake", paragraph: 1, summary: "Not a source." }] });
    const error = await invalidInput(
      Promise.resolve().then(() =>
        validateSeedGraph({ entities: [source, acme, globex, fakeSource], relations: [bad] }),
      ),
    );
    expect(error.message).toContain('field "evidence[0].source": "src:fake" is a Organization, not a Source');
  });
});

describe("firstDifference", () => {
  it("finds the first differing field path, or none for equal values", () => {
    expect(firstDifference({ a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 })).toBeUndefined();
    expect(firstDifference({ a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 3] } })).toBe("b.c[1]");
    expect(firstDifference({ aliases: ["x"] }, { aliases: ["x", "y"] })).toBe("aliases");
    expect(firstDifference({ properties: {} }, { properties: { country: "US" } })).toBe("properties.country");
  });
});
