// A neighbourhood walk's read on Neo4j: each entity's relations counted in the database first, so only
// those of entities at or below the hub degree come back as rows; a hub's come back as a few counts.
import { z } from "zod";
import { adjacentEdgeOf } from "./neo4j-rows.js";
import { RelationType } from "../model/vocabulary.js";
import { compareCounts } from "../queries/cap-hubs.js";
import type { CappedAdjacency, EdgeFilter, HubRelationCounts } from "../store.js";
import * as Q from "./queries.js";
import { relationFactsParams } from "./relation-facts-params.js";

type ReadRows = (operation: string, cypher: string, params: Record<string, unknown>) => Promise<unknown[]>;

const CountRow = z.object({
  id: z.string(),
  type: RelationType,
  direction: z.enum(["out", "in"]),
  count: z.number().int().positive(),
});

/** The parameters of Q.ADJACENCY and Q.RELATION_COUNTS. */
export function adjacencyParams(ids: readonly string[], filter: EdgeFilter): Record<string, unknown> {
  return {
    ids: [...new Set(ids)],
    direction: filter.direction ?? "both",
    types: [...(filter.types ?? [])],
    stances: [...(filter.stances ?? [])],
    ...relationFactsParams(filter),
  };
}

export async function readCappedAdjacency(
  readRows: ReadRows,
  ids: readonly string[],
  filter: EdgeFilter,
  hubDegree: number,
): Promise<CappedAdjacency> {
  if (ids.length === 0) return { edges: [], hubs: [] };
  const rows = (await readRows("cappedAdjacency", Q.RELATION_COUNTS, adjacencyParams(ids, filter))).map((row) =>
    CountRow.parse(row),
  );
  const counted = new Map<string, HubRelationCounts>();
  for (const { id, type, direction, count } of rows) {
    const entry = counted.get(id) ?? { id, counts: [] };
    entry.counts.push({ type, direction, count });
    counted.set(id, entry);
  }
  const degreeOf = (entry: HubRelationCounts) => entry.counts.reduce((sum, row) => sum + row.count, 0);
  const hubs = [...counted.values()].filter((entry) => degreeOf(entry) > hubDegree);
  const hubIds = new Set(hubs.map((hub) => hub.id));
  const walked = [...counted.keys()].filter((id) => !hubIds.has(id));
  const edges =
    walked.length > 0
      ? (await readRows("cappedAdjacency", Q.ADJACENCY, adjacencyParams(walked, filter))).map(adjacentEdgeOf)
      : [];
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return { edges, hubs: hubs.map((hub) => ({ id: hub.id, counts: hub.counts.sort(compareCounts) })).sort(byId) };
}
