// Folding words written with look-alike letters (fullwidth forms, Cyrillic or Greek letters that
// look Latin) onto the keyword they imitate, so `ＣＲＥＡＴＥ` or Cyrillic `СREATE` cannot slip past.

const CONFUSABLE_UPPER: Record<string, string> = {
  // Cyrillic
  А: "A",
  В: "B",
  С: "C",
  Е: "E",
  Н: "H",
  І: "I",
  Ј: "J",
  К: "K",
  М: "M",
  О: "O",
  Р: "P",
  Ѕ: "S",
  Т: "T",
  Х: "X",
  У: "Y",
  Ү: "Y",
  Ԛ: "Q",
  Ԝ: "W",
  // Greek
  Α: "A",
  Β: "B",
  Ε: "E",
  Ζ: "Z",
  Η: "H",
  Ι: "I",
  Κ: "K",
  Μ: "M",
  Ν: "N",
  Ο: "O",
  Ρ: "P",
  Τ: "T",
  Υ: "Y",
  Χ: "X",
  // Latin with a dot that reads as plain I
  İ: "I",
};

/** The keyword a word would act as: NFKC-normalised upper case. */
export function keywordValueOf(word: string): string {
  return word.normalize("NFKC").toUpperCase();
}

/** The Latin skeleton of a word: NFKC, upper case, look-alike letters replaced by the Latin ones. */
export function latinSkeletonOf(word: string): string {
  let out = "";
  for (const ch of keywordValueOf(word)) out += CONFUSABLE_UPPER[ch] ?? ch;
  return out;
}

export function isPlainAscii(text: string): boolean {
  return /^[\x20-\x7e]*$/.test(text);
}
