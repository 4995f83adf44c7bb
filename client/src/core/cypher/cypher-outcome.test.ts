import { describe, expect, it } from "vitest";
import type { CypherResponse } from "../../api/types.js";
import { cellTargetOf, summaryOf } from "./cypher-outcome.js";

const node = { id: "org:amazon", name: "Amazon", kind: "Organization", aliases: [], properties: {} };
const edge = {
  id: "rel:1",
  source: "org:amazon",
  target: "contract:jedi",
  type: "PROTESTED",
  stance: "rivalry",
  status: "confirmed",
  evidence: [],
};

function answer(rows: unknown[][], nodes: unknown[], edges: unknown[], truncated = false): CypherResponse {
  return { columns: ["a"], rows, graph: { nodes, edges }, truncated } as unknown as CypherResponse;
}

describe("the Cypher result's summary", () => {
  it("counts the relations drawn as well as the entities", () => {
    const outcome = { kind: "rows" as const, query: "q", answer: answer([[node, edge]], [node, node], [edge]) };
    expect(summaryOf(outcome)).toBe("1 row · 2 entities, 1 relation drawn");
  });

  it("says when the row cap cut the answer and when nothing can be drawn", () => {
    const outcome = { kind: "rows" as const, query: "q", answer: answer([["Person", 3]], [], [], true) };
    expect(summaryOf(outcome)).toBe("1 row (cut short: add a LIMIT) · nothing to draw");
  });
});

describe("a result cell", () => {
  it("names the entity or relation it holds, so a click can select it", () => {
    expect(cellTargetOf(node)).toEqual({ kind: "entity", id: "org:amazon" });
    expect(cellTargetOf(edge)).toEqual({ kind: "relation", id: "rel:1" });
    expect(cellTargetOf("Amazon")).toBeNull();
    expect(cellTargetOf({ id: "x" })).toBeNull();
  });
});
