// Kuzu answers `MATCH (e:Entity {id: $id})` from its primary-key index in well under a millisecond, but
// plans a list of ids (UNWIND or IN) as a hash join over the whole table: 40-70 ms on a 250k-entity
// graph whatever the list's length. So a few ids are looked up one statement each, many with one scan.
// The same holds for relations reached from one entity: `(a {id: $anchor})-[r]-()` reads only a's lists.
import type { AdjacentEdge } from "../model/graph.js";

/** Above this many statements one scan is cheaper (measured on 1M relations: ~0.4 ms per point lookup). */
export const POINT_LOOKUPS_MAX = 48;

/**
 * Groups relations by the end to read them from: the end that touches most of the wanted relations (a
 * neighbourhood's centre), skipping hubs, whose lists hold tens of thousands (between two hubs, the smaller one).
 */
export function relationsByAnchor(
  edges: readonly AdjacentEdge[],
  degreeOf: (entity: string) => number,
): Map<string, string[]> {
  const touching = new Map<string, number>();
  for (const { source, target } of edges) {
    touching.set(source, (touching.get(source) ?? 0) + 1);
    if (target !== source) touching.set(target, (touching.get(target) ?? 0) + 1);
  }
  const better = (a: string, b: string) => {
    const hubA = degreeOf(a) > HUB_DEGREE;
    const hubB = degreeOf(b) > HUB_DEGREE;
    if (hubA !== hubB) return hubA ? b : a;
    if (hubA) return degreeOf(a) <= degreeOf(b) ? a : b;
    const byCover = touching.get(b)! - touching.get(a)!;
    if (byCover !== 0) return byCover > 0 ? b : a;
    return degreeOf(a) <= degreeOf(b) ? a : b;
  };
  const groups = new Map<string, string[]>();
  for (const edge of edges) {
    const anchor = better(edge.source, edge.target);
    const group = groups.get(anchor);
    if (group) group.push(edge.id);
    else groups.set(anchor, [edge.id]);
  }
  return groups;
}

/** An end with more relations than this is read from only when the other end is a hub too. */
const HUB_DEGREE = 1000;
