import { describe, expect, it } from "vitest";
import type { AdjacentEdge } from "../model/graph.js";
import { adjacencyOfEdges, createAdjacencyCache } from "./adjacency-cache.js";
import { comparePaths, findKShortestPaths, findKShortestPathsVia } from "./k-shortest-paths.js";
import { searchOverIndex, searchOverLookup, type PathSearch } from "./path-search.js";
import type { WalkPath } from "./shortest-path.js";
import { WalkIndex } from "./walk-index.js";
import { stepsFrom, type WalkDirection } from "./walk.js";

const edge = (id: string, source: string, target: string): AdjacentEdge => ({
  id,
  source,
  target,
  type: "PARTNERS_WITH",
});
const summary = (paths: WalkPath[]) =>
  paths.map((p) => `${p.nodeIds.join("-")} [${p.edges.map((e) => e.id).join(",")}]`);

// a─b─d, a─c─d, a─e─f─d, with two parallel edges between b and d
const diamond = [
  edge("e1", "a", "b"),
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

// Every case runs on both searches: the one stores without the graph in memory use (Neo4j) and the
// numbered index the Kuzu store keeps. They must agree with each other and with brute force.
const SEARCHES: [string, (edges: AdjacentEdge[]) => PathSearch][] = [
  ["over fetched adjacency", (edges) => searchOverLookup(adjacencyOfEdges(edges))],
  ["over a walk index", (edges) => searchOverIndex(new WalkIndex(edges), {})],
];

describe.each(SEARCHES)("searching %s", (_, searchOf) => {
  describe("findKShortestPaths", () => {
    it("lists equally short paths by node ids then edge ids, parallel edges as distinct paths, then longer ones", async () => {
      const paths = await findKShortestPaths("a", "d", { ...undirected, k: 5 }, searchOf(diamond));
      expect(summary(paths)).toEqual(["a-b-d [e1,e2]", "a-b-d [e1,e2b]", "a-c-d [e3,e4]", "a-e-f-d [e5,e6,e7]"]);
    });

    it("returns a longer second path when only one path is shortest", async () => {
      const edges = [
        edge("x1", "s", "m"),
        edge("x2", "m", "t"),
        edge("y1", "s", "p"),
        edge("y2", "p", "q"),
        edge("y3", "q", "t"),
      ];
      const paths = await findKShortestPaths("s", "t", { ...undirected, k: 3 }, searchOf(edges));
      expect(paths.map((p) => p.edges.length)).toEqual([2, 3]);
      expect(summary(paths)[1]).toBe("s-p-q-t [y1,y2,y3]");
    });

    it("never repeats a node within a path", async () => {
      // A triangle hanging off the route would give non-simple walks if nodes could repeat.
      const edges = [
        edge("1", "s", "a"),
        edge("2", "a", "t"),
        edge("3", "a", "b"),
        edge("4", "b", "c"),
        edge("5", "c", "a"),
      ];
      const paths = await findKShortestPaths("s", "t", { ...undirected, k: 10 }, searchOf(edges));
      expect(summary(paths)).toEqual(["s-a-t [1,2]"]);
    });

    it("follows relations only in their own direction when directed", async () => {
      const search = searchOf(diamond);
      const directed = await findKShortestPaths("a", "d", { maxHops: 6, direction: "out", k: 5 }, search);
      // d→c points the wrong way, so a-c-d is gone.
      expect(summary(directed)).toEqual(["a-b-d [e1,e2]", "a-b-d [e1,e2b]", "a-e-f-d [e5,e6,e7]"]);
      expect(await findKShortestPaths("d", "a", { maxHops: 6, direction: "out", k: 5 }, search)).toEqual([]);
    });

    it("returns nothing for an unreachable node", async () => {
      const edges = [...diamond, edge("z", "island", "other")];
      expect(await findKShortestPaths("a", "island", { ...undirected, k: 3 }, searchOf(edges))).toEqual([]);
    });

    describe("on a 40-hop chain", () => {
      it("finds a path exactly maxHops long and none one hop further", async () => {
        const search = searchOf(chain);
        const ten = await findKShortestPaths("n0", "n10", { ...undirected, maxHops: 10, k: 3 }, search);
        expect(ten.map((p) => p.edges.length)).toEqual([10]);
        expect(await findKShortestPaths("n0", "n11", { ...undirected, maxHops: 10, k: 3 }, search)).toEqual([]);
        expect(await findKShortestPaths("n0", "n40", { ...undirected, maxHops: 10, k: 3 }, search)).toEqual([]);
      });
    });

    it("agrees with brute-force enumeration on random graphs", async () => {
      const random = seededRandom(7);
      let compared = 0;
      for (let round = 0; round < 40; round++) {
        const edges = randomEdges(random, 11);
        const direction: WalkDirection = round % 2 === 0 ? "both" : "out";
        const options = { k: 6, maxHops: 4, direction };
        const expected = bruteForce(edges, "v0", "v1", options);
        const actual = await findKShortestPaths("v0", "v1", options, searchOf(edges));
        expect(summary(actual)).toEqual(summary(expected));
        compared += expected.length;
      }
      expect(compared).toBeGreaterThan(80);
    });
  });

  describe("findKShortestPathsVia", () => {
    const edges = [
      edge("rel:trump>influenced>jedi", "person:trump", "contract:jedi"),
      edge("rel:microsoft>won>jedi", "org:microsoft", "contract:jedi"),
      edge("rel:trump>criticized>amazon", "person:trump", "org:amazon"),
      edge("rel:amazon>competes>microsoft", "org:amazon", "org:microsoft"),
      edge("rel:amazon>bid>jedi", "org:amazon", "contract:jedi"),
      edge("rel:trump>met>microsoft", "person:trump", "org:microsoft"),
    ];

    it("only returns paths that pass through the waypoint", async () => {
      const search = searchOf(edges);
      const direct = await findKShortestPaths("person:trump", "org:microsoft", { ...undirected, k: 1 }, search);
      expect(direct[0]!.nodeIds).toEqual(["person:trump", "org:microsoft"]);
      const via = await findKShortestPathsVia(
        "person:trump",
        "contract:jedi",
        "org:microsoft",
        { ...undirected, k: 3 },
        search,
      );
      expect(summary(via)).toEqual([
        "person:trump-contract:jedi-org:microsoft [rel:trump>influenced>jedi,rel:microsoft>won>jedi]",
        "person:trump-contract:jedi-org:amazon-org:microsoft [rel:trump>influenced>jedi,rel:amazon>bid>jedi,rel:amazon>competes>microsoft]",
        "person:trump-org:amazon-contract:jedi-org:microsoft [rel:trump>criticized>amazon,rel:amazon>bid>jedi,rel:microsoft>won>jedi]",
      ]);
    });

    it("drops combinations that would visit a node twice or exceed maxHops", async () => {
      const search = searchOf(edges);
      const via = await findKShortestPathsVia(
        "person:trump",
        "org:amazon",
        "contract:jedi",
        { ...undirected, k: 10 },
        search,
      );
      for (const path of via) expect(new Set(path.nodeIds).size).toBe(path.nodeIds.length);
      expect(via.every((p) => p.nodeIds.includes("org:amazon"))).toBe(true);
      const short = await findKShortestPathsVia(
        "person:trump",
        "contract:jedi",
        "org:microsoft",
        { ...undirected, maxHops: 2, k: 10 },
        search,
      );
      expect(short.map((p) => p.edges.length)).toEqual([2]);
    });
  });

  describe("the best path through a waypoint", () => {
    it("agrees with brute-force enumeration on random graphs", async () => {
      const random = seededRandom(11);
      let found = 0;
      for (let round = 0; round < 60; round++) {
        const edges = randomEdges(random, 12);
        const direction: WalkDirection = round % 2 === 0 ? "both" : "out";
        const options = { k: 1, maxHops: 5, direction };
        const all = bruteForce(edges, "v0", "v1", { ...options, k: Infinity });
        const expected = all.filter((path) => path.nodeIds.includes("v2")).slice(0, 1);
        const actual = await findKShortestPathsVia("v0", "v2", "v1", options, searchOf(edges));
        expect(summary(actual)).toEqual(summary(expected));
        found += expected.length;
      }
      expect(found).toBeGreaterThan(20);
    });
  });
});

describe("the search over fetched adjacency", () => {
  it("fetches each node's adjacency at most once and never beyond maxHops", async () => {
    const fetched: string[] = [];
    const cache = createAdjacencyCache(async (ids) => {
      fetched.push(...ids);
      const wanted = new Set(ids);
      return chain.filter((e) => wanted.has(e.source) || wanted.has(e.target));
    });
    await findKShortestPaths("n0", "n40", { ...undirected, maxHops: 10, k: 3 }, searchOverLookup(cache.lookup));
    await findKShortestPaths("n0", "n5", { ...undirected, maxHops: 10, k: 3 }, searchOverLookup(cache.lookup));
    expect(new Set(fetched).size).toBe(fetched.length);
    // n0 to n40: nodes fewer than maxHops from one end; n0 to n5 then needs nothing new.
    const hopsFromAnEnd = (node: string) => Math.min(Number(node.slice(1)), 40 - Number(node.slice(1)));
    expect(fetched.filter((node) => hopsFromAnEnd(node) >= 10)).toEqual([]);
    // One node per level grown (maxHops levels in all), and at most one frontier per side fetched
    // only to compare the two sides' costs.
    expect(fetched.length).toBeLessThanOrEqual(12);
  });
});

function seededRandom(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
}

/** Up to `count` edges among seven nodes v0..v6, self-loops dropped. */
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

/** Every simple path up to maxHops by depth-first search, in the order the algorithm promises. */
function bruteForce(
  edges: AdjacentEdge[],
  from: string,
  to: string,
  options: { k: number; maxHops: number; direction: WalkDirection },
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
  return found.sort(comparePaths).slice(0, options.k);
}
