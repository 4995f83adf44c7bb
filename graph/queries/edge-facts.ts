// What a walk may need to know of a relation beyond its ends and type: its status and its period, and
// the test a filter's statuses and date (`at`) make of them. Stores that keep the graph's shape in
// memory keep these facts beside it; Neo4j applies the same test in its adjacency Cypher.
import { earliestDay, latestDay } from "../model/dates.js";
import type { RelationStatus } from "../model/vocabulary.js";
import type { EdgeFilter } from "../store.js";

export interface EdgeFacts {
  status: RelationStatus;
  /** The relation's period as partial ISO dates; absent when the relation is undated. */
  dateStart?: string;
  dateEnd?: string;
}

/** Whether a relation's period overlaps the date `at` means (a whole year or month for a partial date). */
export function periodCovers(facts: Pick<EdgeFacts, "dateStart" | "dateEnd">, at: string): boolean {
  if (facts.dateStart === undefined) return false;
  return (
    earliestDay(facts.dateStart) <= latestDay(at) && latestDay(facts.dateEnd ?? facts.dateStart) >= earliestDay(at)
  );
}

/**
 * The filter's test of a relation's facts; undefined when the filter asks nothing of them. A relation
 * whose facts are unknown passes no status or date test.
 */
export function factsTestOf(
  filter: Pick<EdgeFilter, "statuses" | "at" | "includeUndated">,
): ((facts: EdgeFacts | undefined) => boolean) | undefined {
  const statuses = filter.statuses?.length ? new Set<string>(filter.statuses) : null;
  const at = filter.at;
  if (!statuses && at === undefined) return undefined;
  const undated = filter.includeUndated !== false;
  return (facts) => {
    if (!facts) return false;
    if (statuses && !statuses.has(facts.status)) return false;
    if (at === undefined) return true;
    return facts.dateStart === undefined ? undated : periodCovers(facts, at);
  };
}

/** One shared object per distinct status and period, so a million relations hold a few hundred. */
export function createFactsInterner(): (status: RelationStatus, dateStart?: string, dateEnd?: string) => EdgeFacts {
  const interned = new Map<string, EdgeFacts>();
  return (status, dateStart, dateEnd) => {
    const key = `${status}|${dateStart ?? ""}|${dateEnd ?? ""}`;
    let facts = interned.get(key);
    if (!facts) {
      facts = { status, ...(dateStart ? { dateStart } : {}), ...(dateEnd ? { dateEnd } : {}) };
      interned.set(key, facts);
    }
    return facts;
  };
}
