// The paths query: validates input, searches the store's graph (see path-search.ts), and
// returns each path as a small graph with its node and edge ids in walk order and its steps in words.
import { InvalidInputError, NotFoundError } from "../errors.js";
import type { Graph } from "../model/graph.js";
import type { GraphStore } from "../store.js";
import { hydrate } from "./hydrate.js";
import { PathsInput, parseInput } from "./input.js";
import { findKShortestPaths, findKShortestPathsVia } from "./k-shortest-paths.js";
import { pathSearchOf } from "./path-search.js";
import { pathSteps, pathText, type PathStep } from "./path-steps.js";

export type PathsOptions = {
  from: string;
  to: string;
  via?: string;
  maxHops?: number;
  types?: PathsInputTypes["types"];
  stances?: PathsInputTypes["stances"];
  k?: number;
  directed?: boolean;
};
type PathsInputTypes = ReturnType<typeof PathsInput.parse>;

export type FoundPath = Graph & {
  length: number;
  nodeIds: string[];
  edgeIds: string[];
  steps: PathStep[];
  /** The whole path in one line. */
  text: string;
};

export async function findPaths(store: GraphStore, options: PathsOptions): Promise<{ paths: FoundPath[] }> {
  const input = parseInput(PathsInput, options);
  const { from, to, via } = input;
  if (from === to) throw new InvalidInputError("from and to are the same entity", { parameter: "to" });
  if (via !== undefined && (via === from || via === to)) {
    throw new InvalidInputError("via must differ from both ends of the path", { parameter: "via" });
  }
  const ends = [from, to, ...(via ? [via] : [])];
  const found = new Set((await store.getEntities(ends)).map((node) => node.id));
  const names = ["from", "to", "via"];
  ends.forEach((id, i) => {
    if (!found.has(id)) throw new NotFoundError(`No entity with id ${id}`, { parameter: names[i], id });
  });

  const filter = { types: input.types, stances: input.stances, direction: "both" as const };
  const search = await pathSearchOf(store, filter);
  const walk = { k: input.k, maxHops: input.maxHops, direction: input.directed ? ("out" as const) : ("both" as const) };
  const walks = via
    ? await findKShortestPathsVia(from, via, to, walk, search)
    : await findKShortestPaths(from, to, walk, search);

  const { nodes, edges } = await hydrate(
    store,
    walks.flatMap((w) => w.nodeIds),
    walks.flatMap((w) => w.edges),
  );
  const paths = walks.map((w) => {
    const pathNodes = w.nodeIds.map((id) => nodes.get(id)!);
    const pathEdges = w.edges.map((edge) => edges.get(edge.id)!);
    return {
      nodes: pathNodes,
      edges: pathEdges,
      length: w.edges.length,
      nodeIds: w.nodeIds,
      edgeIds: w.edges.map((edge) => edge.id),
      steps: pathSteps(w.nodeIds, pathEdges, nodes),
      text: pathText(w.nodeIds, pathEdges, nodes),
    };
  });
  return { paths };
}
