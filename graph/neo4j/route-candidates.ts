// GraphStore.findRouteCandidates on Neo4j: the relation types a filter allows, named from the allow-list,
// and the walks the database finds for them, read back through zod.
import neo4j from "neo4j-driver";
import { z } from "zod";
import { RELATION_TYPES, stanceOf, type RelationType } from "../model/vocabulary.js";
import type { RouteCandidateQuery, RouteCandidates } from "../store.js";
import { adjacentEdgeOf } from "./neo4j-rows.js";
import { routeCandidatesQuery } from "./path-queries.js";
import { relationFactsParams } from "./relation-facts-params.js";

const WalkRow = z.object({ nodeIds: z.array(z.string()), edges: z.array(z.unknown()) });

/** Runs one read query and answers its rows as plain objects. */
export type ReadRows = (operation: string, query: string, params: Record<string, unknown>) => Promise<unknown[]>;

export function allowedRelationTypes(filter: RouteCandidateQuery["filter"]): RelationType[] {
  const types = filter.types?.length ? new Set<string>(filter.types) : null;
  const excluded = new Set<string>(filter.excludeTypes ?? []);
  const stances = filter.stances?.length ? new Set<string>(filter.stances) : null;
  return RELATION_TYPES.filter(
    (type) => (!types || types.has(type)) && !excluded.has(type) && (!stances || stances.has(stanceOf(type))),
  );
}

export async function findRouteCandidates(readRows: ReadRows, query: RouteCandidateQuery): Promise<RouteCandidates> {
  const types = allowedRelationTypes(query.filter);
  if (types.length === 0) return { walks: [], truncated: false };
  const rows = await readRows("findRouteCandidates", routeCandidatesQuery(types, query.maxHops, query.groups), {
    from: query.from,
    to: query.to,
    maxHops: neo4j.int(query.maxHops),
    direction: query.direction,
    blockedNodes: [...query.blockedNodes],
    ...relationFactsParams(query.filter),
    // One more than asked, to tell a complete answer from a cut one.
    rowLimit: neo4j.int(query.rowLimit + 1),
  });
  const walks = rows.slice(0, query.rowLimit).map((row) => {
    const walk = WalkRow.parse(row);
    return { nodeIds: walk.nodeIds, edges: walk.edges.map(adjacentEdgeOf) };
  });
  return { walks, truncated: rows.length > query.rowLimit };
}
