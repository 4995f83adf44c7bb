// How well a relation is established, for filtering and ranking paths: the levels of support an analyst
// can ask for, what each admits, and the order statuses rank in. Zod-free, so the client can bundle it.
import type { RelationStatus } from "./vocabulary.js";

/** confirmed: only stated facts; reported: facts and second-hand reports; all: every status. */
export const SUPPORT_LEVELS = ["confirmed", "reported", "all"] as const;
export type SupportLevel = (typeof SUPPORT_LEVELS)[number];

const ADMITTED: Record<SupportLevel, readonly RelationStatus[] | undefined> = {
  confirmed: ["confirmed"],
  reported: ["confirmed", "reported"],
  all: undefined,
};

/** The statuses a level admits; undefined when it admits every status. */
export function statusesOfSupport(level: SupportLevel): readonly RelationStatus[] | undefined {
  return ADMITTED[level];
}

/** Lower is stronger: confirmed, then reported, then alleged and every other status alike. */
export function statusRank(status: RelationStatus): number {
  if (status === "confirmed") return 0;
  if (status === "reported") return 1;
  return 2;
}

/** The type that is co-occurrence, not a tie: never a step of a path unless asked for by name. */
export const CO_OCCURRENCE_TYPE = "MENTIONS";
