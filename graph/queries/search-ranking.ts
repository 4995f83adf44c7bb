// Ranks search candidates in TypeScript so both stores order hits alike: exact name, exact alias,
// name prefix, alias prefix, word prefix, substring, then near spellings (typos, "Mueller" for
// "Müller" counts as spelled right); ties by shorter name, then id.
import type { GraphNode } from "../model/graph.js";
import type { EntityKind } from "../model/vocabulary.js";
import { FUZZY_MIN_LENGTH, matchFold } from "../model/search-keys.js";
import { foldText } from "../model/search-text.js";
import { typoDistance } from "./edit-distance.js";

export interface SearchHit {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  /** 1 for an exact name match, lower for weaker matches; always within 0..1. */
  score: number;
}

/** Base score of each kind of match; a closeness bonus below 0.1 never lifts a hit into the tier above. */
const TIER = {
  exactName: 1,
  exactAlias: 0.9,
  namePrefix: 0.75,
  aliasPrefix: 0.6,
  wordPrefix: 0.45,
  substring: 0.3,
  typo: 0.2,
};
const SCATTERED = 0.15;
/** A spelling that only matches once umlauts and scripts are folded ranks just below the same match spelled alike. */
const SPELLING_PENALTY = 0.01;

/** How many typos a query word of this length may have: as many as the stores' keys can meet. */
export function typosAllowed(length: number): number {
  return length < FUZZY_MIN_LENGTH ? 0 : 1;
}

function literalScore(folded: string, name: string, aliases: readonly string[]): number {
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
  const scattered = terms.every((term) => texts.some((text) => text.includes(term)));
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
    scattered ? SCATTERED : 0,
  );
}

/** Every query word is a prefix of a word of the text or within its typos of one; closer is better. */
function typoScore(terms: readonly string[], text: string): number {
  const words = text.split(" ");
  let typos = 0;
  for (const term of terms) {
    const allowed = typosAllowed(term.length);
    const fewest = Math.min(...words.map((word) => (word.startsWith(term) ? 0 : typoDistance(term, word, allowed))));
    if (fewest > allowed) return 0;
    typos += fewest;
  }
  const letters = terms.reduce((sum, term) => sum + term.length, 0);
  return TIER.typo + 0.09 * (1 - typos / letters);
}

function scoreOf(query: string, node: GraphNode): number {
  const literal = literalScore(foldText(query), foldText(node.name), node.aliases.map(foldText));
  const matchQuery = matchFold(query);
  const matchName = matchFold(node.name);
  const matchAliases = node.aliases.map(matchFold);
  const respelled = literalScore(matchQuery, matchName, matchAliases) - SPELLING_PENALTY;
  const terms = matchQuery.split(" ").filter(Boolean);
  const typo = Math.max(...[matchName, ...matchAliases].map((text) => typoScore(terms, text)));
  return Math.max(literal, respelled, typo, 0);
}

/** Scores and orders candidates for a query; returns at most `limit` hits, none that do not match at all. */
export function rankSearchHits(query: string, candidates: readonly GraphNode[], limit: number): SearchHit[] {
  const unique = new Map(candidates.map((node) => [node.id, node]));
  return [...unique.values()]
    .map((node) => ({ node, score: Math.round(scoreOf(query, node) * 1000) / 1000 }))
    .filter(({ score }) => score > 0)
    .sort(
      (a, b) =>
        b.score - a.score ||
        a.node.name.length - b.node.name.length ||
        (a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0),
    )
    .slice(0, limit)
    .map(({ node, score }) => ({ id: node.id, name: node.name, kind: node.kind, aliases: node.aliases, score }));
}
