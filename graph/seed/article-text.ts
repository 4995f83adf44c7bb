// The seed articles as evidence counts them: paragraph n = the n-th non-empty line of the .txt file,
// split into sentences. Used to check evidence references and that no article sentence is copied.

/** Non-empty lines, trimmed: paragraph n of an article is `paragraphsOf(text)[n - 1]`. */
export function paragraphsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

// A sentence ends at . ! or ? (optionally followed by a closing quote) before a space and a capital or an
// opening quote; a full stop after a digit is an ordinal ("22. November"), not a sentence end.
const SENTENCE_BREAK = /(?<=[^\d\s][.!?]["“”]?)\s+(?=[„"“\p{Lu}])/u;

export function sentencesOf(paragraph: string): string[] {
  return paragraph
    .split(SENTENCE_BREAK)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Lower case, letters and digits only, single spaces: how copied text is compared. */
export function normaliseForComparison(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
