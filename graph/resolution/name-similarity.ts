// How alike two names are once normalised, as a score from 0 to 1 and a reason in words: the same key,
// the same words in another order, the same words but for initials, or words that are spelt alike.
import type { NormalizedName } from "./normalize-name.js";

export interface NameMatch {
  score: number;
  /** Why, in words: 'same name after dropping the legal form "Inc."'. */
  reason: string;
}

/** Jaro similarity of two strings (1 = equal, 0 = nothing in common). */
export function jaro(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const matchedA = new Array<boolean>(a.length).fill(false);
  const matchedB = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j < Math.min(b.length, i + window + 1); j++) {
      if (matchedB[j] || a[i] !== b[j]) continue;
      matchedA[i] = matchedB[j] = true;
      matches++;
      break;
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  for (let i = 0, j = 0; i < a.length; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[j]) j++;
    if (a[i] !== b[j]) transpositions++;
    j++;
  }
  return (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
}

/** Jaro-Winkler: Jaro with the usual bonus (scale 0.1) for a common prefix of up to 4 characters. */
export function jaroWinkler(a: string, b: string): number {
  const similarity = jaro(a, b);
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return similarity + prefix * 0.1 * (1 - similarity);
}

/**
 * Two words count as the same word from this Jaro similarity on ("mircosoft" ~ "microsoft"). Plain Jaro:
 * Winkler's prefix bonus lifts "austria" ~ "australia" to 0.93.
 */
const WORD_MATCH = 0.9;

/**
 * Soft Dice over words: each word of the shorter name takes its most similar word of the other, and the
 * similarities found count against the words of both names. "amazon" / "amazon web services" scores 0.5.
 */
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const free = new Set(long.map((_, i) => i));
  let total = 0;
  for (const word of short) {
    let best = 0;
    let bestIndex = -1;
    for (const i of free) {
      const similarity = jaro(word, long[i]!);
      if (similarity > best) [best, bestIndex] = [similarity, i];
    }
    if (best >= WORD_MATCH) {
      total += best;
      free.delete(bestIndex);
    }
  }
  return (2 * total) / (a.length + b.length);
}

const sameWords = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && [...a].sort().join(" ") === [...b].sort().join(" ");
const withoutInitials = (words: readonly string[]) => words.filter((word) => word.length > 1);
const quoted = (items: readonly string[]) => items.map((item) => `"${item}"`).join(", ");

function droppedInWords(a: NormalizedName, b: NormalizedName): string {
  const forms = [...new Set([...a.droppedLegalForms, ...b.droppedLegalForms])];
  const titles = [...new Set([...a.droppedTitles, ...b.droppedTitles])];
  const parts = [
    forms.length > 0 ? `the legal form${forms.length > 1 ? "s" : ""} ${quoted(forms)}` : "",
    titles.length > 0 ? `the title${titles.length > 1 ? "s" : ""} ${quoted(titles)}` : "",
  ].filter(Boolean);
  return parts.length > 0 ? ` after dropping ${parts.join(" and ")}` : "";
}

/** Compares two spellings (names or aliases); undefined when they are not alike at all. */
export function compareNames(rawA: string, a: NormalizedName, rawB: string, b: NormalizedName): NameMatch | undefined {
  if (a.tokens.length === 0 || b.tokens.length === 0) return undefined;
  if (a.key === b.key) {
    if (rawA.trim() === rawB.trim()) return { score: 1, reason: "same name" };
    const dropped = droppedInWords(a, b);
    return { score: 1, reason: `same name${dropped || " ignoring case, accents and punctuation"}` };
  }
  const dropped = droppedInWords(a, b);
  if (sameWords(a.tokens, b.tokens)) return { score: 0.97, reason: `same words in another order${dropped}` };
  const [plainA, plainB] = [withoutInitials(a.tokens), withoutInitials(b.tokens)];
  if (plainA.length > 0 && plainA.join(" ") === plainB.join(" ")) {
    return { score: 0.92, reason: `same name but for initials${dropped}` };
  }
  const score = Math.round(wordSimilarity(a.tokens, b.tokens) * 100) / 100;
  if (score === 0) return undefined;
  // Capped below the rules above: a spelling that is only alike never outranks the same words.
  return { score: Math.min(score, 0.95), reason: `similar spelling${dropped}` };
}
