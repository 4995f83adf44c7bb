// Duplicate proposals for the graph in a store: reads the entities of the kinds asked for (Sources never)
// and prefers to keep the better-connected entity of each pair.
import type { EntityKind } from "../model/vocabulary.js";
import { ENTITY_KINDS } from "../model/vocabulary.js";
import type { GraphStore } from "../store.js";
import { findDuplicates, type DuplicateProposal } from "./find-duplicates.js";

/** Entities read per scan; a larger graph is scanned in its first MAX_SCANNED entities by id, and says so. */
export const MAX_SCANNED = 200_000;
export const MAX_PROPOSALS = 1000;

export interface DuplicatesAnswer {
  proposals: DuplicateProposal[];
  /** How many entities were compared. */
  scanned: number;
  /** True when the graph holds more entities of these kinds than one scan reads. */
  truncated: boolean;
}

export async function proposeDuplicates(
  store: GraphStore,
  options: { kinds?: readonly EntityKind[]; limit: number; threshold?: number },
): Promise<DuplicatesAnswer> {
  const kinds = (options.kinds?.length ? options.kinds : ENTITY_KINDS).filter((kind) => kind !== "Source");
  if (kinds.length === 0) return { proposals: [], scanned: 0, truncated: false };
  const entities = await store.searchCandidates([], { kinds, limit: MAX_SCANNED + 1 });
  const truncated = entities.length > MAX_SCANNED;
  const scanned = entities.slice(0, MAX_SCANNED);
  const byDegree = await store.listEntityIds({ kinds, limit: MAX_SCANNED });
  const rank = new Map(byDegree.map((id, index) => [id, index]));
  const rankOf = (id: string) => rank.get(id) ?? Number.MAX_SAFE_INTEGER;
  const proposals = findDuplicates(scanned, {
    limit: options.limit,
    threshold: options.threshold,
    preferKeep: (a, b) => rankOf(a.id) - rankOf(b.id) || b.aliases.length - a.aliases.length || (a.id < b.id ? -1 : 1),
  });
  return { proposals, scanned: scanned.length, truncated };
}
