// Adds to each search hit what tells it apart from others of its name: a property or two, its degree
// and the source its relations cite most, so "Olga Krüger · Person" three times becomes three people.
import type { GraphNode } from "../model/graph.js";
import type { GraphStore } from "../store.js";
import { hitDetailsOf, type HitDetail } from "./hit-details.js";
import type { SearchHit } from "./search-ranking.js";

export interface HitSource {
  id: string;
  /** The Source entity's name (its title); null when the cited source is not in the store. */
  name: string | null;
  /** How many of the hit's relations cite it. */
  relations: number;
}

export interface DescribedSearchHit extends SearchHit {
  details: HitDetail[];
  /** Relations touching the entity. */
  degree: number;
  /** The source the hit's relations cite most (a Source hit's own citations aside); null when none does. */
  source: HitSource | null;
  /** How many distinct sources its relations cite, that one included. */
  sourceCount: number;
}

export async function describeSearchHits(
  store: GraphStore,
  hits: readonly SearchHit[],
  nodes: ReadonlyMap<string, GraphNode>,
): Promise<DescribedSearchHit[]> {
  if (hits.length === 0) return [];
  const contexts = new Map((await store.getEntityContexts(hits.map((hit) => hit.id))).map((c) => [c.id, c]));
  const citedOf = (id: string) => (contexts.get(id)?.sources ?? []).filter((source) => source.id !== id);
  const topIds = [
    ...new Set(
      hits.flatMap((hit) =>
        citedOf(hit.id)
          .slice(0, 1)
          .map((source) => source.id),
      ),
    ),
  ];
  const names = new Map((await store.getEntities(topIds)).map((node) => [node.id, node.name]));
  return hits.map((hit) => {
    const cited = citedOf(hit.id);
    const top = cited[0];
    const node = nodes.get(hit.id);
    return {
      ...hit,
      details: node ? hitDetailsOf(node) : [],
      degree: contexts.get(hit.id)?.degree ?? 0,
      source: top ? { id: top.id, name: names.get(top.id) ?? null, relations: top.relations } : null,
      sourceCount: cited.length,
    };
  });
}
