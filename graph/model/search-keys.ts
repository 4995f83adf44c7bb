// Keys for a search that forgives: names folded further (ä/ae, ö/oe, ü/ue alike; Cyrillic and Greek in
// Latin letters) and each word with its one-letter deletions, so "Microsft" meets "Microsoft" on
// "microsft" and "Mircosoft" meets it on "micosoft". Both stores answer from exactly these keys.
import { foldText } from "./search-text.js";

/** Shorter words match only whole: their deletions would meet almost every other short word. */
export const FUZZY_MIN_LENGTH = 4;

// Folded text has no accents left (NFKD), so й is и, ё is е and Greek tonos marks are gone.
const LATIN_OF: Readonly<Record<string, string>> = {
  ...lettersOf("абвгдезийклмнопрстуфыэ", "abvgdeziyklmnoprstufye"),
  ж: "zh",
  х: "kh",
  ц: "ts",
  ч: "ch",
  ш: "sh",
  щ: "shch",
  ю: "yu",
  я: "ya",
  ъ: "",
  ь: "",
  ...lettersOf("іїєґ", "iieg"),
  ...lettersOf("αβγδεζηικλμνξοπρσςτυφω", "avgdeziiklmnxoprsstyfo"),
  θ: "th",
  χ: "ch",
  ψ: "ps",
};

function lettersOf(from: string, to: string): Record<string, string> {
  return Object.fromEntries([...from].map((letter, i) => [letter, to[i]!]));
}

/**
 * The folded text (see search-text.ts) in Latin letters with German umlaut spellings collapsed, so
 * "Mueller", "Müller" and "Muller" all read "muller" and "Ольга" reads "olga".
 */
export function matchFold(text: string): string {
  const latin = [...foldText(text)].map((letter) => LATIN_OF[letter] ?? letter).join("");
  return latin.replace(/([aou])e/g, "$1");
}

/** The distinct words of an entity's name and aliases, match-folded. */
export function matchWordsOf(entity: { name: string; aliases: readonly string[] }): string[] {
  const words = [entity.name, ...entity.aliases].flatMap((text) => matchFold(text).split(" "));
  return [...new Set(words.filter(Boolean))];
}

/** The word and, when it is long enough, every spelling of it with one letter left out. */
export function deletionKeysOf(word: string): string[] {
  const keys = new Set([word]);
  if (word.length >= FUZZY_MIN_LENGTH) {
    for (let i = 0; i < word.length; i++) keys.add(word.slice(0, i) + word.slice(i + 1));
  }
  return [...keys];
}

/** Every key an entity is found by, sorted. */
export function searchKeysOf(entity: { name: string; aliases: readonly string[] }): string[] {
  return [...new Set(matchWordsOf(entity).flatMap(deletionKeysOf))].sort();
}

/**
 * The keys one folded query term looks for. A key in common means the two words are one typo apart
 * (a letter left out, added, wrong, or two neighbours swapped) or spelled alike.
 */
export function queryKeysOf(term: string): string[] {
  const word = matchFold(term).replace(/ /g, "");
  return word.length === 0 ? [] : deletionKeysOf(word).sort();
}

/** Keys stored as one text with a space on either side of each, so `CONTAINS " key "` finds a whole key. */
export function searchKeysText(keys: readonly string[]): string {
  return ` ${keys.join(" ")} `;
}

/**
 * What searchCandidates means, in one place: every folded term is part of the entity's search text,
 * or (fuzzy) one of its query keys is one of the entity's keys.
 */
export function matchesSearchTerms(
  entity: { searchText: string; keys: ReadonlySet<string> },
  terms: readonly string[],
  fuzzy: boolean,
): boolean {
  return terms.every(
    (term) => entity.searchText.includes(term) || (fuzzy && queryKeysOf(term).some((key) => entity.keys.has(key))),
  );
}
