// Proposes likely duplicates among entities of the same kind (Sources are never proposed): candidates
// come from blocks that share a normalised name or a word's first or last letters, so the work grows with the
// block sizes, not with the square of the graph. Nothing is merged here; a person reviews each proposal.
import type { GraphNode } from "../model/graph.js";
import type { EntityKind } from "../model/vocabulary.js";
import { compareNames, type NameMatch } from "./name-similarity.js";
import { normalizeName, type NormalizedName } from "./normalize-name.js";

export interface EntityRef {
  id: string;
  kind: EntityKind;
  name: string;
}

export interface DuplicateProposal {
  keep: EntityRef;
  merge: EntityRef;
  /** 1 for the same name once normalised; lower for names that are only alike. */
  score: number;
  reason: string;
  /** The spellings (name or alias) of each that matched. */
  matched: { keep: string; merge: string };
}

export interface FindDuplicatesOptions {
  /** Proposals scoring below this are left out. Default 0.85. */
  threshold?: number;
  /** At most this many proposals, best first. Default 100. */
  limit?: number;
  /** Ranks which of two entities to keep (negative: a). Default: more aliases, then the smaller id. */
  preferKeep?: (a: GraphNode, b: GraphNode) => number;
  /** A word-prefix block with more entities than this is too common to tell anything; skipped. Default 200. */
  maxBlockSize?: number;
}

export const DEFAULT_DUPLICATE_THRESHOLD = 0.85;
/** Names and aliases compared per entity, so an entity with hundreds of aliases cannot stall a scan. */
const MAX_SPELLINGS = 12;

interface Candidate {
  entity: GraphNode;
  spellings: { raw: string; normalized: NormalizedName }[];
}

export function findDuplicates(
  entities: readonly GraphNode[],
  options: FindDuplicatesOptions = {},
): DuplicateProposal[] {
  const threshold = options.threshold ?? DEFAULT_DUPLICATE_THRESHOLD;
  const maxBlockSize = options.maxBlockSize ?? 200;
  const preferKeep = options.preferKeep ?? defaultPreference;
  const candidates = entities
    .filter((entity) => entity.kind !== "Source")
    .map<Candidate>((entity) => ({
      entity,
      spellings: [...new Set([entity.name, ...entity.aliases])]
        .slice(0, MAX_SPELLINGS)
        .map((raw) => ({ raw, normalized: normalizeName(raw) })),
    }));

  const exactBlocks = new Map<string, Set<number>>();
  const wordBlocks = new Map<string, Set<number>>();
  const add = (blocks: Map<string, Set<number>>, key: string, index: number) => {
    const block = blocks.get(key);
    if (block) block.add(index);
    else blocks.set(key, new Set([index]));
  };
  candidates.forEach((candidate, index) => {
    for (const { normalized } of candidate.spellings) {
      if (normalized.key === "") continue;
      add(exactBlocks, `${candidate.entity.kind}\u0000${normalized.key}`, index);
      for (const word of normalized.tokens) {
        for (const key of wordBlockKeys(word)) add(wordBlocks, `${candidate.entity.kind}\u0000${key}`, index);
      }
    }
  });

  const pairs = new Set<string>();
  const pairUp = (members: readonly number[], all: boolean) => {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < (all ? members.length : Math.min(members.length, i + 2)); j++) {
        const [a, b] = [members[i]!, members[j]!];
        pairs.add(a < b ? `${a} ${b}` : `${b} ${a}`);
      }
    }
  };
  // A large block of one exact key still yields each member once, chained to the next.
  for (const block of exactBlocks.values()) if (block.size > 1) pairUp([...block], block.size <= maxBlockSize);
  for (const block of wordBlocks.values()) if (block.size > 1 && block.size <= maxBlockSize) pairUp([...block], true);

  const proposals: DuplicateProposal[] = [];
  for (const pair of pairs) {
    const [a, b] = pair.split(" ").map((index) => candidates[Number(index)]!);
    const best = bestMatch(a!, b!);
    if (!best || best.match.score < threshold) continue;
    const keepA = preferKeep(a!.entity, b!.entity) <= 0;
    const [keep, merge] = keepA ? [a!, b!] : [b!, a!];
    const matched = keepA ? { keep: best.a, merge: best.b } : { keep: best.b, merge: best.a };
    proposals.push({
      keep: refOf(keep.entity),
      merge: refOf(merge.entity),
      score: best.match.score,
      reason: best.match.reason + aliasNote(keep.entity, matched.keep) + aliasNote(merge.entity, matched.merge),
      matched,
    });
  }
  return proposals.sort(byScoreThenIds).slice(0, options.limit ?? 100);
}

/** A word's first three letters, its first four in any order, and its last three: one typo leaves a key. */
function wordBlockKeys(word: string): string[] {
  if (word.length < 2) return [];
  const keys = [`^${word.slice(0, 3)}`, `~${[...word.slice(0, 4)].sort().join("")}`];
  if (word.length >= 5) keys.push(`$${word.slice(-3)}`);
  return keys;
}

function bestMatch(a: Candidate, b: Candidate): { match: NameMatch; a: string; b: string } | undefined {
  let best: { match: NameMatch; a: string; b: string } | undefined;
  for (const x of a.spellings) {
    for (const y of b.spellings) {
      const match = compareNames(x.raw, x.normalized, y.raw, y.normalized);
      if (match && (!best || match.score > best.match.score)) best = { match, a: x.raw, b: y.raw };
      if (best?.match.score === 1) return best;
    }
  }
  return best;
}

function aliasNote(entity: GraphNode, spelling: string): string {
  return spelling === entity.name ? "" : `; "${spelling}" is an alias of ${entity.name}`;
}

function refOf(entity: GraphNode): EntityRef {
  return { id: entity.id, kind: entity.kind, name: entity.name };
}

function defaultPreference(a: GraphNode, b: GraphNode): number {
  return b.aliases.length - a.aliases.length || (a.id < b.id ? -1 : 1);
}

function byScoreThenIds(a: DuplicateProposal, b: DuplicateProposal): number {
  return b.score - a.score || compare(a.keep.id, b.keep.id) || compare(a.merge.id, b.merge.id);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
