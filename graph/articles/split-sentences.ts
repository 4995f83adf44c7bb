// Splits a paragraph into sentences, German and English alike: a sentence ends at . ! ? or … (and any
// closing quote or bracket after it) before a space and a capital, a digit or an opening quote/bracket,
// except after an abbreviation ("z. B.", "Dr.", "U.S.", "Mrd."), an initial ("Donald J.") or an
// ordinal number ("1. Oktober").

/** Abbreviations that end in a full stop but rarely end a sentence, lower case, without the stop. */
const ABBREVIATIONS = new Set([
  // German
  "z",
  "b",
  "bzw",
  "ca",
  "dr",
  "prof",
  "hr",
  "fr",
  "nr",
  "mio",
  "mrd",
  "bzgl",
  "ggf",
  "vgl",
  "inkl",
  "zzgl",
  "evtl",
  "abs",
  "art",
  "sog",
  "usw",
  "d",
  "h",
  "u",
  "a",
  "o",
  "ä",
  "st",
  "tel",
  "jh",
  "jhd",
  "bspw",
  "insb",
  "gem",
  "max",
  "min",
  "mind",
  "rd",
  "str",
  // English
  "mr",
  "mrs",
  "ms",
  "jr",
  "sr",
  "vs",
  "inc",
  "corp",
  "co",
  "ltd",
  "gen",
  "gov",
  "sen",
  "rep",
  "dept",
  "approx",
  "e",
  "i",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
]);

// A candidate end: terminal punctuation, optional closing quotes/brackets, then white space.
const CANDIDATE_END = /[.!?…]+["“”»«’‘)\]]*\s+/gu;
// What may open the next sentence.
const SENTENCE_START = /^[„"“”»«‚‘'([\p{Lu}\p{N}]/u;

/** The sentences of one paragraph, trimmed, in order; a paragraph without an end is one sentence. */
export function splitSentences(paragraph: string): string[] {
  const text = paragraph.trim();
  const sentences: string[] = [];
  let start = 0;
  for (const match of text.matchAll(CANDIDATE_END)) {
    const end = match.index + match[0].length;
    if (end >= text.length) break;
    if (!SENTENCE_START.test(text.slice(end))) continue;
    if (!endsSentence(text.slice(start, match.index + match[0].trimEnd().length), text.slice(end))) continue;
    sentences.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest !== "") sentences.push(rest);
  return sentences;
}

/** Whether the candidate sentence `before` (ending in its punctuation) really ends here. */
function endsSentence(before: string, after: string): boolean {
  const closing = before.replace(/["“”»«’‘)\]]+$/u, "");
  if (!/\.$/.test(closing) || /[!?…]\.*$/u.test(closing) || /\.\.\.$/.test(closing)) return true;
  const word = /([\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*)\.$/u.exec(closing)?.[1];
  if (word === undefined) return true;
  // "1. Oktober", "zum 100. Mal": a short number before the stop is an ordinal when a word follows; a
  // year ("im Jahr 2019. Danach") ends the sentence.
  if (/^[\d.]+$/.test(word)) return word.length > 3 || !/^\p{L}/u.test(after);
  // "U.S.", "z.B.", "i.e.": dotted abbreviations.
  if (word.includes(".")) return false;
  // "Donald J. Trump": a single capital is an initial.
  if (/^\p{Lu}$/u.test(word)) return false;
  return !ABBREVIATIONS.has(word.toLowerCase());
}
