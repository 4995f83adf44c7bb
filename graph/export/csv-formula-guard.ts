// Keeps a spreadsheet from running a CSV cell as a formula (OWASP's CSV injection advice): a text cell that
// starts with = + - @, a tab or a carriage return gets one leading single quote, and our importer takes
// exactly that quote off again when it reads a file our export wrote.

/** Optional quotes, then a character a spreadsheet reads as the start of a formula. */
const ESCAPED_OR_FORMULA = /^'*[=+\-@\t\r]/;
const ESCAPED = /^'+[=+\-@\t\r]/;

/**
 * `=1` → `'=1`. A text that already starts with quotes before such a character (`'=1`) gets one more, so
 * restoreFormula can tell an added quote from one the text had: the pair is an exact inverse.
 */
export function neutraliseFormula(text: string): string {
  return ESCAPED_OR_FORMULA.test(text) ? `'${text}` : text;
}

/** Takes off the one quote neutraliseFormula added; any other text is returned as it is. */
export function restoreFormula(text: string): string {
  return ESCAPED.test(text) ? text.slice(1) : text;
}
