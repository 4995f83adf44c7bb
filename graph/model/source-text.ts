// The text of an ingested article as evidence cites it: paragraph n (the n-th non-empty line of the
// file), sentence m within it. Kept on the Source in the store, with the user's data, never in the project.
import { z } from "zod";

export const MAX_SOURCE_PARAGRAPHS = 5_000;
export const MAX_SENTENCES_PER_PARAGRAPH = 1_000;
export const MAX_SENTENCE_LENGTH = 20_000;

export const SourceText = z
  .object({
    /** paragraphs[n - 1][m - 1] is sentence m of paragraph n. */
    paragraphs: z
      .array(z.array(z.string().min(1).max(MAX_SENTENCE_LENGTH)).min(1).max(MAX_SENTENCES_PER_PARAGRAPH))
      .max(MAX_SOURCE_PARAGRAPHS),
  })
  .strict();
export type SourceText = z.infer<typeof SourceText>;

/** Sentence m of paragraph n (both 1-based), or undefined when the text has no such sentence. */
export function sentenceAt(text: SourceText, paragraph: number, sentence: number): string | undefined {
  return text.paragraphs[paragraph - 1]?.[sentence - 1];
}
