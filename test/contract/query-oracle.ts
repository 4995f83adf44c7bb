// Expected answers for the query contract, worked out from the seed files by brute force (every simple
// path, plain breadth-first levels), never by graph/queries/ or a store: an oracle both stores must meet.
import type { Relation } from "../../graph/model/relation.js";
import { foldText, foldedTermsOf, searchTextOf } from "../../graph/model/search-text.js";
import { stanceOf, type EntityKind, type RelationType, type Stance } from "../../graph/model/vocabulary.js";
import type { SeedGraph } from "../../graph/seed/index.js";

export interface RelationChoice {
  types?: RelationType[];
  stances?: Stance[];
}

export interface OraclePath {
  nodeIds: string[];
  edgeIds: string[];
}

export interface PathQuestion extends RelationChoice {
  from: string;
  to: string;
  via?: string;
  maxHops?: number;
  k?: number;
  directed?: boolean;
}

const chosen = (choice: RelationChoice) => (r: Relation) =>
  (!choice.types?.length || choice.types.includes(r.type)) &&
  (!choice.stances?.length || choice.stances.includes(stanceOf(r.type)));

const compareLists = (a: readonly string[], b: readonly string[]) => {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! < b[i]! ? -1 : 1;
  return a.length - b.length;
};

/** Shorter first, then by node ids, then by edge ids: the order the API promises for paths. */
export const comparePathsByIds = (a: OraclePath, b: OraclePath) =>
  a.edgeIds.length - b.edgeIds.length || compareLists(a.nodeIds, b.nodeIds) || compareLists(a.edgeIds, b.edgeIds);

/** Every simple path of exactly `hops` relations from → to (depth-first, no clever pruning). */
function simplePathsOfLength(graph: SeedGraph, from: string, to: string, hops: number, q: PathQuestion): OraclePath[] {
  const usable = graph.relations.filter(chosen(q));
  const found: OraclePath[] = [];
  const walk = (nodeIds: string[], edgeIds: string[]) => {
    const here = nodeIds.at(-1)!;
    if (edgeIds.length === hops) {
      if (here === to) found.push({ nodeIds: [...nodeIds], edgeIds: [...edgeIds] });
      return;
    }
    if (here === to) return;
    for (const r of usable) {
      const next = r.from === here ? r.to : !q.directed && r.to === here ? r.from : undefined;
      if (next === undefined || nodeIds.includes(next)) continue;
      walk([...nodeIds, next], [...edgeIds, r.id]);
    }
  };
  walk([from], []);
  return found;
}

/** The k first simple paths (through `via` when given) within maxHops, in the API's order. */
export function expectedPaths(graph: SeedGraph, q: PathQuestion): OraclePath[] {
  const k = q.k ?? 3;
  const kept: OraclePath[] = [];
  for (let hops = 1; hops <= (q.maxHops ?? 6) && kept.length < k; hops++) {
    const paths = simplePathsOfLength(graph, q.from, q.to, hops, q);
    kept.push(...paths.filter((p) => q.via === undefined || p.nodeIds.includes(q.via)).sort(comparePathsByIds));
  }
  return kept.slice(0, k);
}

export interface NeighborhoodQuestion extends RelationChoice {
  depth: number;
  direction?: "out" | "in" | "both";
}

/** Ids of the entities within depth of the start (start included), sorted; and the chosen relations among them. */
export function expectedNeighborhood(graph: SeedGraph, start: string, q: NeighborhoodQuestion) {
  const usable = graph.relations.filter(chosen(q));
  const direction = q.direction ?? "both";
  const reached = new Set([start]);
  let frontier = new Set([start]);
  for (let level = 0; level < q.depth; level++) {
    const next = new Set<string>();
    for (const r of usable) {
      if (direction !== "in" && frontier.has(r.from) && !reached.has(r.to)) next.add(r.to);
      if (direction !== "out" && frontier.has(r.to) && !reached.has(r.from)) next.add(r.from);
    }
    next.forEach((id) => reached.add(id));
    frontier = next;
  }
  const relations = usable.filter((r) => reached.has(r.from) && reached.has(r.to));
  return { nodeIds: [...reached].sort(), relationIds: relations.map((r) => r.id).sort() };
}

/** Ids of entities whose folded names and aliases contain every folded term, sorted. */
export function expectedSearchIds(graph: SeedGraph, query: string, kinds?: readonly EntityKind[]): string[] {
  const terms = foldedTermsOf(query);
  return graph.entities
    .filter((e) => !kinds?.length || kinds.includes(e.kind))
    .filter((e) => terms.every((term) => searchTextOf(e).includes(term)))
    .map((e) => e.id)
    .sort();
}

/** Entity ids whose folded name or an alias is exactly the folded text. */
export function exactMatches(graph: SeedGraph, text: string): string[] {
  const folded = foldText(text);
  return graph.entities
    .filter((e) => [e.name, ...e.aliases].some((t) => foldText(t) === folded))
    .map((e) => e.id)
    .sort();
}
