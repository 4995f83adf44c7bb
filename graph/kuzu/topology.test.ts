import { describe, expect, it } from "vitest";
import type { AdjacentEdge } from "../model/graph.js";
import { findShortestPathIn } from "../queries/indexed-shortest-path.js";
import { Topology } from "./topology.js";

const edge = (id: string, source: string, target: string, type: AdjacentEdge["type"] = "PARTNERS_WITH") => ({
  id,
  source,
  target,
  type,
});

describe("Topology", () => {
  const edges = [
    edge("r3", "a", "b", "COMPETES_WITH"),
    edge("r1", "b", "c"),
    edge("r2", "a", "c", "WON"),
    edge("r4", "c", "c"),
  ];

  it("answers adjacency like the store's query: direction, types and stances, each relation once, by id", () => {
    const topology = new Topology(edges);
    const ids = (list: AdjacentEdge[]) => list.map((e) => e.id);
    expect(ids(topology.adjacency(["a"], {}))).toEqual(["r2", "r3"]);
    expect(ids(topology.adjacency(["a", "b"], { direction: "both" }))).toEqual(["r1", "r2", "r3"]);
    expect(ids(topology.adjacency(["b"], { direction: "in" }))).toEqual(["r3"]);
    expect(ids(topology.adjacency(["b"], { direction: "out" }))).toEqual(["r1"]);
    expect(ids(topology.adjacency(["a", "c"], { stances: ["rivalry"] }))).toEqual(["r3"]);
    expect(ids(topology.adjacency(["c"], { types: ["PARTNERS_WITH"] }))).toEqual(["r1", "r4"]);
    expect(ids(topology.among(["a", "b"]))).toEqual(["r3"]);
  });

  it("moves a relation whose ends change and forgets a deleted one", () => {
    const topology = new Topology(edges);
    topology.upsert(edge("r3", "b", "d", "COMPETES_WITH"));
    expect(topology.adjacency(["a"], {}).map((e) => e.id)).toEqual(["r2"]);
    expect(topology.adjacency(["d"], {}).map((e) => e.id)).toEqual(["r3"]);
    topology.delete("r4");
    expect(topology.incidentTo("c").map((e) => e.id)).toEqual(["r1", "r2"]);
    expect(topology.size).toBe(3);
    expect(topology.get("r3")).toMatchObject({ source: "b", target: "d" });
  });

  it("lists each entity's relations by id, filtered, whatever order they arrived in", () => {
    const topology = new Topology(edges);
    topology.upsert(edge("r0", "c", "a"));
    const ids = (lists: ReadonlyMap<string, readonly AdjacentEdge[]>) =>
      Object.fromEntries([...lists].map(([node, list]) => [node, list.map((e) => e.id)]));
    expect(ids(topology.incidentLists(["a", "c", "x"], {}))).toEqual({
      a: ["r0", "r2", "r3"],
      c: ["r0", "r1", "r2", "r4"],
      x: [],
    });
    expect(ids(topology.incidentLists(["a"], { direction: "in" }))).toEqual({ a: ["r0"] });
    expect(ids(topology.incidentLists(["a"], { stances: ["rivalry"] }))).toEqual({ a: ["r3"] });
  });

  it("numbers the relations for path searches as of the last change, and an older index stays whole", () => {
    const topology = new Topology(edges);
    const walk = { maxHops: 4, direction: "both" as const };
    const before = topology.walkIndex();
    expect(findShortestPathIn(before, "a", "c", walk)?.edges.map((e) => e.id)).toEqual(["r2"]);
    expect(topology.walkIndex()).toBe(before);

    topology.delete("r2");
    topology.upsert(edge("r3", "a", "d", "COMPETES_WITH"));
    const after = topology.walkIndex();
    expect(after).not.toBe(before);
    expect(findShortestPathIn(after, "a", "c", walk)).toBeUndefined();
    expect(findShortestPathIn(after, "b", "c", walk)?.nodeIds).toEqual(["b", "c"]);
    // A search that began before the change answers from the graph as it was, blocked relations included.
    const blocked = { ...walk, blockedEdges: new Set(["r2"]) };
    expect(findShortestPathIn(before, "a", "c", blocked)?.edges.map((e) => e.id)).toEqual(["r3", "r1"]);
  });
});
