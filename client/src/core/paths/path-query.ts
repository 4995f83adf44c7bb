// The question a path search asks the server: the finder's own limits joined with the canvas filters that
// decide which relations count (hidden statuses, stances and types), and the words for what cut a search
// short when it found nothing.
import { statusesOfSupport } from "../../../../graph/model/support.js";
import {
  RELATION_STATUSES,
  STANCES,
  type RelationStatus,
  type RelationType,
  type Stance,
} from "../../../../graph/model/vocabulary-constants.js";
import type { PathQuery } from "../../api/types.js";
import { relationLabel } from "../../sigma/palette.js";
import type { FilterState } from "../filters/filters.js";
import type { PathsState } from "./paths.js";

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export function isPartialDate(text: string): boolean {
  return PARTIAL_DATE.test(text);
}

const without = <T>(list: readonly T[], hidden: readonly T[]) => list.filter((v) => !hidden.includes(v));

/** The query to run, or why none can run with these limits and filters. */
export function pathQueryOf(state: PathsState, filters: FilterState): { query: PathQuery } | { problem: string } {
  if (!state.from || !state.to) return { problem: "Pick a start and an end from the suggestions." };
  if (state.from.id === state.to.id) return { problem: "Pick a start and an end that are two different entities." };
  const at = state.at.trim();
  if (at && !isPartialDate(at)) return { problem: `“${at}” is no date: write it as 2019, 2019-10 or 2019-10-25.` };

  let statuses: RelationStatus[] | undefined;
  if (filters.hiddenStatuses.length > 0) {
    statuses = without(statusesOfSupport(state.support) ?? RELATION_STATUSES, filters.hiddenStatuses);
    if (statuses.length === 0)
      return { problem: "The filters hide every status this support level admits: show one again in Filters." };
  }
  let stances: Stance[] = state.stances;
  if (filters.hiddenStances.length > 0) {
    stances = without(state.stances.length > 0 ? state.stances : STANCES, filters.hiddenStances);
    if (stances.length === 0)
      return { problem: "The filters hide every stance chosen here: show one again in Filters." };
  }
  let types: RelationType[] = state.types;
  if (state.types.length > 0) {
    types = without(state.types, filters.hiddenTypes);
    if (types.length === 0)
      return { problem: "The filters hide every relation type chosen here: show one again in Filters." };
  }
  return {
    query: {
      from: state.from.id,
      to: state.to.id,
      via: state.via?.id ?? null,
      maxHops: state.maxHops,
      k: state.k,
      types,
      excludeTypes: filters.hiddenTypes,
      stances,
      support: state.support,
      ...(statuses ? { statuses } : {}),
      ...(at ? { at } : {}),
      chronological: state.chronological,
    },
  };
}

function either(words: readonly string[], joint: "and" | "or"): string {
  if (words.length <= 1) return words.join("");
  return `${words.slice(0, -1).join(", ")} ${joint} ${words[words.length - 1]}`;
}

/** The limits of a query in words: "using only confirmed relations, leaving out criticized". */
export function describeLimits(query: PathQuery): string[] {
  const limits: string[] = [];
  const admitted = query.statuses ?? statusesOfSupport(query.support ?? "all");
  if (admitted) limits.push(`using only ${either(admitted, "and")} relations`);
  if (query.stances?.length) limits.push(`only ${either(query.stances, "or")} relations`);
  if (query.types?.length) limits.push(`only ${either(query.types.map(relationLabel), "or")}`);
  if (query.excludeTypes?.length) limits.push(`leaving out ${either(query.excludeTypes.map(relationLabel), "and")}`);
  if (query.at) limits.push(`valid at ${query.at}`);
  if (query.chronological) limits.push("with each step no earlier than the one before");
  return limits;
}

/** "No path within 4 hops using only confirmed relations." */
export function describeNoPath(query: PathQuery, viaName: string | null): string {
  const hops = `${query.maxHops ?? 4} ${query.maxHops === 1 ? "hop" : "hops"}`;
  const via = viaName ? ` through ${viaName}` : "";
  const limits = describeLimits(query);
  return `No path within ${hops}${via}${limits.length > 0 ? ` ${limits.join(", ")}` : ""}.`;
}
