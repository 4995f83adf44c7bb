import { describe, expect, it } from "vitest";
import type { AdjacentEdge } from "../model/graph.js";
import { WalkIndex } from "../walk-index/walk-index.js";
import { comparePaths, distinctRoutes, distinctRoutesVia } from "./distinct-routes.js";
import type { EdgeFacts } from "./edge-facts.js";
import { routeSearchOverIndex, type RouteSearch } from "./path-search.js";
import type { WalkPath } from "./shortest-path.js";
import { stepsFrom, type WalkDirection } from "./walk.js";

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
const chain = Array.from({ length: 40 }, (_, i) => edge(`c${String(i).padStart(2, "0")}`, `n${i}`, `n${i + 1}`));
const first = async (routes: AsyncIterable<WalkPath>, k: number) => {
  const taken: WalkPath[] = [];
  for await (const route of routes) if (taken.push(route) >= k) break;
  return taken;
};

const SEARCHES: [string, (edges: AdjacentEdge[]) => RouteSearch][] = [
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

  it("never repeats an entity within a route, and finds nothing for an unreachable one", async () => {
    // A triangle hanging off the route would give walks that are not simple if entities could repeat.
    const edges = [
      edge("1", "s", "a"),
      edge("2", "a", "t"),
      edge("3", "a", "b"),
      edge("4", "b", "c"),
      edge("5", "c", "a"),
    ];
    expect(summary(await all(distinctRoutes("s", "t", undirected, searchOf(edges))))).toEqual(["s-a-t"]);
    const island = [...diamond, edge("z", "island", "other")];
    expect(await all(distinctRoutes("a", "island", undirected, searchOf(island)))).toEqual([]);
  });

  it("finds a route exactly maxHops long on a 40-hop chain, and none one hop further", async () => {
    const search = searchOf(chain);
    expect(
      (await all(distinctRoutes("n0", "n10", { ...undirected, maxHops: 10 }, search))).map((r) => r.edges.length),
    ).toEqual([10]);
    expect(await all(distinctRoutes("n0", "n11", { ...undirected, maxHops: 10 }, search))).toEqual([]);
  });

  it("agrees with brute-force enumeration on random graphs with parallel relations", async () => {
    const random = seededRandom(7);
    let compared = 0;
    for (let round = 0; round < 40; round++) {
      const edges = randomEdges(random, 14);
      const direction: WalkDirection = round % 2 === 0 ? "both" : "out";
      const options = { maxHops: 4, direction };
      const expected = bruteForceRoutes(edges, "v0", "v1", options).slice(0, 6);
      const actual = await first(distinctRoutes("v0", "v1", options, searchOf(edges)), 6);
      expect(summary(actual)).toEqual(summary(expected));
      compared += expected.length;
    }
    expect(compared).toBeGreaterThan(60);
  });

  it("joins distinct legs through a waypoint into simple routes", async () => {
    const routes = await distinctRoutesVia(
      "a",
      "f",
      "d",
      undirected,
      (from, to, options) => distinctRoutes(from, to, options, searchOf(diamond)),
      10,
    );
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
  const index = new WalkIndex(diamond, (id) => facts[id]);

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

function seededRandom(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Up to `count` relations among seven entities v0..v6, self-loops dropped; repeats make parallel ones. */
function randomEdges(random: () => number, count: number): AdjacentEdge[] {
  const nodes = Array.from({ length: 7 }, (_, i) => `v${i}`);
  const edges: AdjacentEdge[] = [];
  for (let i = 0; i < count; i++) {
    const s = nodes[Math.floor(random() * nodes.length)]!;
    const t = nodes[Math.floor(random() * nodes.length)]!;
    if (s !== t) edges.push(edge(`r${String(i).padStart(2, "0")}`, s, t));
  }
  return edges;
}

/** Every simple path up to maxHops by depth-first search, one per entity sequence, in the promised order. */
function bruteForceRoutes(
  edges: AdjacentEdge[],
  from: string,
  to: string,
  options: { maxHops: number; direction: WalkDirection },
): WalkPath[] {
  const found: WalkPath[] = [];
  const visit = (path: WalkPath) => {
    const here = path.nodeIds.at(-1)!;
    if (here === to) return void found.push(path);
    if (path.edges.length === options.maxHops) return;
    const incident = edges.filter((e) => e.source === here || e.target === here);
    for (const step of stepsFrom(here, incident, options.direction)) {
      if (path.nodeIds.includes(step.to)) continue;
      visit({ nodeIds: [...path.nodeIds, step.to], edges: [...path.edges, step.edge] });
    }
  };
  visit({ nodeIds: [from], edges: [] });
  const seen = new Set<string>();
  return found.sort(comparePaths).filter((path) => {
    const key = path.nodeIds.join("-");
    return !seen.has(key) && seen.add(key) !== undefined;
  });
}
