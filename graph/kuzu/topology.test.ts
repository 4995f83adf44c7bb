import { describe, expect, it } from "vitest";
import type { AdjacentEdge } from "../model/graph.js";
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

  it("lists every relation's ends with its status and period, as copies a caller may keep", () => {
    const facts = new Map([
      ["r1", { status: "confirmed" as const, dateStart: "2019", dateEnd: "2020-06" }],
      ["r2", { status: "alleged" as const }],
    ]);
    const topology = new Topology([edge("r1", "b", "c"), { ...edge("r2", "a", "c", "WON"), directed: false }], facts);
    const ends = topology.relationEnds().sort((x, y) => (x.id < y.id ? -1 : 1));
    expect(ends).toEqual([
      {
        id: "r1",
        source: "b",
        target: "c",
        type: "PARTNERS_WITH",
        status: "confirmed",
        dateStart: "2019",
        dateEnd: "2020-06",
      },
      { id: "r2", source: "a", target: "c", type: "WON", directed: false, status: "alleged" },
    ]);
    ends[0]!.target = "x";
    expect(topology.get("r1")?.target).toBe("c");
  });
});
