// The parameters of the adjacency Cypher's status, exclusion and date test (RELATION_FACTS_PASS in
// queries.ts), from a filter: always all present, empty or null when the filter does not ask.
import { earliestDay, latestDay } from "../model/dates.js";
import type { EdgeFilter } from "../store.js";

export function relationFactsParams(filter: EdgeFilter) {
  const at = filter.at;
  return {
    excludeTypes: [...(filter.excludeTypes ?? [])],
    statuses: [...(filter.statuses ?? [])],
    at: at ?? null,
    atEarliest: at === undefined ? null : earliestDay(at),
    atLatest: at === undefined ? null : latestDay(at),
    includeUndated: filter.includeUndated !== false,
  };
}
