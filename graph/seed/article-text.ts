// The seed articles as evidence counts them: paragraph n = the n-th non-empty line of the .txt file,
// split into sentences. Used to check evidence references and that no article sentence is copied.

import { splitParagraphs } from "../articles/split-paragraphs.js";
import { splitSentences } from "../articles/split-sentences.js";

/** Non-empty lines, trimmed: paragraph n of an article is `paragraphsOf(text)[n - 1]`. */
export const paragraphsOf = (text: string): string[] => splitParagraphs(text);

/** The sentences of a paragraph, as `ingest` stores them (graph/articles/split-sentences.ts). */
export const sentencesOf = splitSentences;

/** Lower case, letters and digits only, single spaces: how copied text is compared. */
export function normaliseForComparison(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
