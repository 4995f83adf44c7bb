// Points evidence at its exact sentence: an item that cites a paragraph of an ingested article but no
// sentence (or one the paragraph does not have) gets the sentence of that paragraph that names both ends
// of the relation, else its subject (the `from` end), else its object, else the paragraph's first
// sentence; the first such sentence on a tie. A valid sentence is never changed.
import type { Evidence, Relation } from "../model/relation.js";
import type { SourceText } from "../model/source-text.js";
import { createMentionMatcher, type NamedEntity } from "./match-mentions.js";

export interface LinkedRelation {
  relation: Relation;
  /** Evidence items that now name a sentence they did not name before. */
  linked: number;
  /** Items citing a paragraph the source's text does not have: left as they are, to be looked at. */
  unresolved: Evidence[];
}

/** `texts` holds the text of each ingested source by id; evidence citing other sources is left alone. */
export function linkEvidence(
  relation: Relation,
  texts: ReadonlyMap<string, SourceText>,
  ends: readonly NamedEntity[],
): LinkedRelation {
  const matcher = createMentionMatcher(ends.filter((end) => end.id === relation.from || end.id === relation.to));
  let linked = 0;
  const unresolved: Evidence[] = [];
  const evidence = relation.evidence.map((item) => {
    const text = texts.get(item.source);
    if (!text) return item;
    const sentences = text.paragraphs[item.paragraph - 1];
    if (!sentences) {
      unresolved.push(item);
      return item;
    }
    if (item.sentence !== undefined && item.sentence <= sentences.length) return item;
    linked++;
    return { ...item, sentence: bestSentence(sentences, (s) => scoreOf(relation, matcher.find(s))) };
  });
  return { relation: linked > 0 ? { ...relation, evidence } : relation, linked, unresolved };
}

/** Both ends 3, the subject 2, the object 1, neither 0. */
function scoreOf(relation: Relation, mentions: readonly { entityId: string }[]): number {
  const named = new Set(mentions.map((m) => m.entityId));
  return (named.has(relation.from) ? 2 : 0) + (named.has(relation.to) ? 1 : 0);
}

/** 1-based number of the best-scoring sentence; the first on a tie. */
function bestSentence(sentences: readonly string[], score: (sentence: string) => number): number {
  let best = 1;
  let bestScore = -1;
  sentences.forEach((sentence, i) => {
    const value = score(sentence);
    if (value > bestScore) {
      best = i + 1;
      bestScore = value;
    }
  });
  return best;
}
