// Ranks search candidates in TypeScript so both stores order hits alike: exact name, exact alias,
// name prefix, alias prefix, word prefix, substring; ties by shorter name, then id.
import type { GraphNode } from "../model/graph.js";
import type { EntityKind } from "../model/vocabulary.js";
import { foldText } from "../model/search-text.js";

export interface SearchHit {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  /** 1 for an exact name match, lower for weaker matches; always within 0..1. */
  score: number;
}

/** Base score of each kind of match; a closeness bonus below 0.1 never lifts a hit into the tier above. */
const TIER = { exactName: 1, exactAlias: 0.9, namePrefix: 0.75, aliasPrefix: 0.6, wordPrefix: 0.45, substring: 0.3 };
const SCATTERED = 0.15;

function scoreOf(folded: string, node: GraphNode): number {
  const name = foldText(node.name);
  const aliases = node.aliases.map(foldText);
  const texts = [name, ...aliases];
  const closeness = (text: string) => 0.09 * (folded.length / Math.max(text.length, folded.length));
  const best = (base: number, matches: string[]) =>
    matches.length === 0 ? -1 : base + Math.max(...matches.map(closeness));

  if (name === folded) return TIER.exactName;
  if (aliases.includes(folded)) return TIER.exactAlias;
  const terms = folded.split(" ");
  const wordPrefix = (text: string) => {
    const words = text.split(" ");
    return terms.every((term) => words.some((word) => word.startsWith(term)));
  };
  return Math.max(
    best(TIER.namePrefix, name.startsWith(folded) ? [name] : []),
    best(
      TIER.aliasPrefix,
      aliases.filter((alias) => alias.startsWith(folded)),
    ),
    best(TIER.wordPrefix, texts.filter(wordPrefix)),
    best(
      TIER.substring,
      texts.filter((text) => text.includes(folded)),
    ),
    SCATTERED,
  );
}

/** Scores and orders candidates for a query; returns at most `limit` hits. */
export function rankSearchHits(query: string, candidates: readonly GraphNode[], limit: number): SearchHit[] {
  const folded = foldText(query);
  const unique = new Map(candidates.map((node) => [node.id, node]));
  return [...unique.values()]
    .map((node) => ({ node, score: Math.round(scoreOf(folded, node) * 1000) / 1000 }))
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.node.name.length - b.node.name.length ||
        (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0),
    )
    .slice(0, limit)
    .map(({ node, score }) => ({ id: node.id, name: node.name, kind: node.kind, aliases: node.aliases, score }));
}
