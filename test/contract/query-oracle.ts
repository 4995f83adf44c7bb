// Expected answers for the query contract, worked out from the seed files by brute force (every simple
// path, plain breadth-first levels), never by graph/queries/ or a store: an oracle both stores must meet.
import type { Relation } from "../../graph/model/relation.js";
import { matchesSearchTerms, searchKeysOf } from "../../graph/model/search-keys.js";
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

const SUPPORT_ORDER: Record<string, number> = { confirmed: 0, reported: 1 };
const supportOf = (r: Relation) => SUPPORT_ORDER[r.status] ?? 2;
const sourceCount = (relations: readonly Relation[]) =>
  new Set(relations.flatMap((r) => r.evidence.map((item) => item.source))).size;

interface OracleRoute {
  nodeIds: string[];
  /** Each step's relations, best supported first. */
  steps: Relation[][];
}

/** Fewer hops, weakest step stronger, fewer unconfirmed steps, more sources, then ids: the documented rank. */
const compareRoutes = (a: OracleRoute, b: OracleRoute) => {
  const weakest = (route: OracleRoute) => Math.max(...route.steps.map((step) => supportOf(step[0]!)));
  const unconfirmed = (route: OracleRoute) => route.steps.filter((step) => step[0]!.status !== "confirmed").length;
  return (
    a.steps.length - b.steps.length ||
    weakest(a) - weakest(b) ||
    unconfirmed(a) - unconfirmed(b) ||
    sourceCount(b.steps.flat()) - sourceCount(a.steps.flat()) ||
    compareLists(a.nodeIds, b.nodeIds) ||
    compareLists(
      a.steps.map((step) => step[0]!.id),
      b.steps.map((step) => step[0]!.id),
    )
  );
};

/**
 * The k best distinct routes (through `via` when given) within maxHops, in the API's order: every simple
 * path, grouped by the entities it passes (parallel relations fold into one step), all routes up to the
 * k-th one's length ranked by support. MENTIONS is no step unless `types` names it.
 */
export function expectedPaths(graph: SeedGraph, q: PathQuestion): OraclePath[] {
  const k = q.k ?? 3;
  const walkable = {
    ...graph,
    relations: graph.relations.filter((r) => r.type !== "MENTIONS" || q.types?.includes(r.type)),
  };
  const routes = new Map<string, OracleRoute>();
  for (let hops = 1; hops <= (q.maxHops ?? 6) && routes.size < k; hops++) {
    const paths = simplePathsOfLength(walkable, q.from, q.to, hops, q).filter(
      (p) => q.via === undefined || p.nodeIds.includes(q.via),
    );
    for (const path of paths) {
      const key = path.nodeIds.join(" ");
      const route = routes.get(key) ?? { nodeIds: path.nodeIds, steps: path.nodeIds.slice(1).map(() => []) };
      path.edgeIds.forEach((id, i) => {
        if (!route.steps[i]!.some((r) => r.id === id)) route.steps[i]!.push(graph.relations.find((r) => r.id === id)!);
      });
      routes.set(key, route);
    }
  }
  for (const route of routes.values()) {
    for (const step of route.steps) {
      step.sort((a, b) => supportOf(a) - supportOf(b) || sourceCount([b]) - sourceCount([a]) || (a.id < b.id ? -1 : 1));
    }
  }
  return [...routes.values()]
    .sort(compareRoutes)
    .slice(0, k)
    .map((route) => ({ nodeIds: route.nodeIds, edgeIds: route.steps.map((step) => step[0]!.id) }));
}

export interface NeighborhoodQuestion extends RelationChoice {
  depth: number;
  direction?: "out" | "in" | "both";
  /** Beyond the start, entities with more chosen relations than this are kept but not walked through. */
  hubDegree?: number;
}

/**
 * Ids of the entities within depth of the start (start included), sorted; the chosen relations among them;
 * and the hubs reached before the last level, with their chosen relations counted by type and direction.
 */
export function expectedNeighborhood(graph: SeedGraph, start: string, q: NeighborhoodQuestion) {
  const usable = graph.relations.filter(chosen(q));
  const direction = q.direction ?? "both";
  const touching = (id: string) => usable.filter((r) => r.from === id || r.to === id);
  const reached = new Set([start]);
  const hubs: {
    id: string;
    total: number;
    counts: { type: RelationType; stance: Stance; direction: string; count: number }[];
  }[] = [];
  let frontier = new Set([start]);
  for (let level = 0; level < q.depth; level++) {
    const next = new Set<string>();
    for (const id of frontier) {
      if (level > 0 && touching(id).length > (q.hubDegree ?? Infinity)) {
        hubs.push(hubCounts(id, touching(id)));
        continue;
      }
      for (const r of touching(id)) {
        if (direction !== "in" && r.from === id && !reached.has(r.to)) next.add(r.to);
        if (direction !== "out" && r.to === id && !reached.has(r.from)) next.add(r.from);
      }
    }
    next.forEach((id) => reached.add(id));
    frontier = next;
  }
  const relations = usable.filter((r) => reached.has(r.from) && reached.has(r.to));
  hubs.sort((a, b) => (a.id < b.id ? -1 : 1));
  return { nodeIds: [...reached].sort(), relationIds: relations.map((r) => r.id).sort(), hubs };
}

function hubCounts(id: string, relations: readonly Relation[]) {
  const counts = new Map<string, { type: RelationType; stance: Stance; direction: string; count: number }>();
  for (const r of relations) {
    const direction = r.from === id ? "out" : "in";
    const row = counts.get(`${r.type} ${direction}`) ?? { type: r.type, stance: stanceOf(r.type), direction, count: 0 };
    row.count++;
    counts.set(`${r.type} ${direction}`, row);
  }
  const sorted = [...counts.values()].sort(
    (a, b) => b.count - a.count || a.type.localeCompare(b.type) || a.direction.localeCompare(b.direction),
  );
  return { id, total: relations.length, counts: sorted };
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

/** The same with typos forgiven: also ids of entities sharing a search key with every term left. */
export function expectedFuzzySearchIds(graph: SeedGraph, query: string, kinds?: readonly EntityKind[]): string[] {
  const terms = foldedTermsOf(query);
  return graph.entities
    .filter((e) => !kinds?.length || kinds.includes(e.kind))
    .filter((e) => matchesSearchTerms({ searchText: searchTextOf(e), keys: new Set(searchKeysOf(e)) }, terms, true))
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

/** What a search hit must say about its entity: relations touching it, and the sources they cite, most first. */
export function expectedHitContext(graph: SeedGraph, id: string) {
  const touching = graph.relations.filter((r) => r.from === id || r.to === id);
  const citing = new Map<string, number>();
  for (const relation of touching) {
    for (const source of new Set(relation.evidence.map((item) => item.source))) {
      if (source !== id) citing.set(source, (citing.get(source) ?? 0) + 1);
    }
  }
  const ranked = [...citing].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1));
  const top = ranked[0];
  const nameOf = (sourceId: string) => graph.entities.find((e) => e.id === sourceId)?.name ?? null;
  return {
    degree: touching.length,
    source: top ? { id: top[0], name: nameOf(top[0]), relations: top[1] } : null,
    sourceCount: ranked.length,
  };
}
