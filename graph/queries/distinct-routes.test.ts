import { describe, expect, it } from "vitest";
import type { AdjacentEdge } from "../model/graph.js";
import { adjacencyOfEdges } from "./adjacency-cache.js";
import { distinctRoutes, distinctRoutesVia } from "./distinct-routes.js";
import type { EdgeFacts } from "./edge-facts.js";
import { routeSearchOverIndex, routeSearchOverLookup, type RouteSearch } from "./path-search.js";
import type { WalkPath } from "./shortest-path.js";
import { WalkIndex } from "./walk-index.js";

const edge = (id: string, source: string, target: string): AdjacentEdge => ({
  id,
  source,
  target,
  type: "PARTNERS_WITH",
});
const summary = (routes: WalkPath[]) => routes.map((route) => route.nodeIds.join("-"));
const all = async (routes: AsyncIterable<WalkPath>) => {
  const taken: WalkPath[] = [];
  for await (const route of routes) taken.push(route);
  return taken;
};

// a─b─d (over two parallel relations b─d, and two a─b), a─c─d, a─e─f─d
const diamond = [
  edge("e1", "a", "b"),
  edge("e1b", "b", "a"),
  edge("e2", "b", "d"),
  edge("e2b", "b", "d"),
  edge("e3", "a", "c"),
  edge("e4", "d", "c"),
  edge("e5", "a", "e"),
  edge("e6", "e", "f"),
  edge("e7", "f", "d"),
];
const undirected = { maxHops: 6, direction: "both" as const };

// Neo4j searches over fetched adjacency, Kuzu over its walk index: both must give the same routes.
const SEARCHES: [string, (edges: AdjacentEdge[]) => RouteSearch][] = [
  ["over fetched adjacency", (edges) => routeSearchOverLookup(adjacencyOfEdges(edges))],
  ["over a walk index", (edges) => routeSearchOverIndex(new WalkIndex(edges), {})],
];

describe.each(SEARCHES)("distinct routes %s", (_, searchOf) => {
  it("gives each route of entities once however many parallel relations it has, shorter first", async () => {
    const routes = await all(distinctRoutes("a", "d", undirected, searchOf(diamond)));
    expect(summary(routes)).toEqual(["a-b-d", "a-c-d", "a-e-f-d"]);
    expect(routes[0]!.edges.map((e) => e.id)).toEqual(["e1", "e2"]);
  });

  it("lists every relation between two entities that a step may take, in the walk's direction", async () => {
    const search = searchOf(diamond);
    expect((await search.between("b", "d", "both")).map((e) => e.id)).toEqual(["e2", "e2b"]);
    expect((await search.between("a", "b", "both")).map((e) => e.id)).toEqual(["e1", "e1b"]);
    expect((await search.between("a", "b", "out")).map((e) => e.id)).toEqual(["e1"]);
    expect(await search.between("a", "d", "both")).toEqual([]);
  });

  it("keeps to the hop limit and the direction", async () => {
    expect(summary(await all(distinctRoutes("a", "d", { ...undirected, maxHops: 2 }, searchOf(diamond))))).toEqual([
      "a-b-d",
      "a-c-d",
    ]);
    // a→c is outward, but c→d would walk d→c against its direction.
    const directed = await all(distinctRoutes("a", "d", { maxHops: 6, direction: "out" }, searchOf(diamond)));
    expect(summary(directed)).toEqual(["a-b-d", "a-e-f-d"]);
  });

  it("joins distinct legs through a waypoint into simple routes", async () => {
    const routes = await distinctRoutesVia("a", "f", "d", undirected, searchOf(diamond), 10);
    expect(summary(routes)).toEqual(["a-e-f-d"]);
  });
});

describe("a walk index with relation facts", () => {
  const facts: Record<string, EdgeFacts> = {
    e1: { status: "alleged" },
    e1b: { status: "confirmed", dateStart: "2019", dateEnd: "2020" },
    e2: { status: "confirmed" },
    e2b: { status: "confirmed" },
    e3: { status: "confirmed", dateStart: "2010" },
    e4: { status: "confirmed" },
  };
  const index = new WalkIndex(diamond, undefined, (id) => facts[id]);

  it("follows only relations of the statuses asked for; relations without facts pass no status test", async () => {
    const search = routeSearchOverIndex(index, { statuses: ["confirmed"] });
    expect((await search.between("a", "b", "both")).map((e) => e.id)).toEqual(["e1b"]);
    expect(summary(await all(distinctRoutes("a", "d", undirected, search)))).toEqual(["a-b-d", "a-c-d"]);
  });

  it("follows only relations whose period covers the date, undated ones unless told not to", async () => {
    const in2020 = routeSearchOverIndex(index, { at: "2020-06" });
    expect((await in2020.between("a", "b", "both")).map((e) => e.id)).toEqual(["e1", "e1b"]);
    expect(await in2020.between("a", "c", "both")).toEqual([]);
    const datedOnly = routeSearchOverIndex(index, { at: "2010", includeUndated: false });
    expect((await datedOnly.between("a", "c", "both")).map((e) => e.id)).toEqual(["e3"]);
    expect(await all(distinctRoutes("a", "d", undirected, datedOnly))).toEqual([]);
  });
});
