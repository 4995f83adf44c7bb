// The Cypher of path searches answered in Neo4j: every simple walk of the k shortest lengths between two
// entities (SHORTEST k GROUPS over a quantified path pattern), with the filters applied during the search.
import { InvalidInputError } from "../errors.js";
import type { RelationType } from "../model/vocabulary.js";
import { checkedType, RELATION_FACTS_PASS } from "./queries.js";

/** Cypher 5 takes neither a parameter as the quantifier's bound nor as the number of groups. */
function checkedCount(value: number, name: string, max: number): number {
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new InvalidInputError(`${name} must be a whole number from 1 to ${max}; got ${value}`, { [name]: value });
  }
  return value;
}

export const MAX_ROUTE_HOPS = 10;
export const MAX_ROUTE_GROUPS = 10;

/**
 * A step may follow a relation from its start (out), to it (in) or either way; an undirected relation
 * always both ways. Stances are applied as the allowed types, as the walk index does. The simple-walk
 * test sits in the path pattern's own WHERE, so it holds before the groups are chosen: a longer walk
 * that comes back to an entity never takes a group's place. The quantifier is at least {1,2}: Neo4j
 * 5.26 plans {1,1} as a plain relation and then refuses the selector; `$maxHops` holds it to one hop.
 */
export function routeCandidatesQuery(types: readonly RelationType[], maxHops: number, groups: number): string {
  if (types.length === 0) throw new InvalidInputError("a path search needs at least one relation type", { types });
  const typeAlternation = types.map(checkedType).join("|");
  const hops = checkedCount(maxHops, "maxHops", MAX_ROUTE_HOPS);
  const groupCount = checkedCount(groups, "groups", MAX_ROUTE_GROUPS);
  return `MATCH (start:Entity {id: $from}), (end:Entity {id: $to})
MATCH p = SHORTEST ${groupCount} GROUPS ((start)((x)-[r:${typeAlternation}]-(y:Entity)
    WHERE ($direction = 'both' OR r.directed = false
        OR ($direction = 'out' AND startNode(r) = x) OR ($direction = 'in' AND endNode(r) = x))
      AND NOT y.id IN $blockedNodes
      AND ${RELATION_FACTS_PASS.replace(/\n/g, "\n    ")}){1,${Math.max(hops, 2)}}(end)
  WHERE size(y) <= $maxHops AND NOT start IN y AND all(i IN range(0, size(y) - 1) WHERE NOT y[i] IN y[i + 1..]))
RETURN [n IN nodes(p) | n.id] AS nodeIds,
  [rel IN relationships(p) | {id: rel.id, source: startNode(rel).id, target: endNode(rel).id,
    type: type(rel), directed: rel.directed}] AS edges
LIMIT $rowLimit`;
}
