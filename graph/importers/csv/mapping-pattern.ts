// The regular expressions a CSV mapping cuts values with. They come from whoever wrote the mapping (an
// upload, say), so they run on RE2 (re2js): matching time grows with the text, never exponentially as a
// backtracking engine's does on `(a+)+$`. RE2 has no backreferences or lookarounds; those are refused.
import { RE2JS } from "re2js";

export interface MappingPattern {
  /** The first group of the first match, or the whole match; undefined when the text does not match. */
  cut(text: string): string | undefined;
}

/** Thrown with what RE2 could not take, for the caller to name the mapping field. */
export class UnusablePatternError extends Error {}

const RE2_ONLY =
  "patterns run on RE2, which has no backreferences (\\1) or lookarounds ((?=...), (?<!...)); see https://github.com/google/re2/wiki/Syntax";

/** Takes JavaScript syntax (`\u00e9`, `(?<name>...)`) as well as RE2's own. */
export function compileMappingPattern(source: string): MappingPattern {
  let pattern: RE2JS;
  try {
    pattern = RE2JS.compile(RE2JS.translateRegExp(source));
  } catch (error) {
    const reason = (error as Error).message.replace(/^error parsing regexp: /, "");
    throw new UnusablePatternError(`pattern cannot be used: ${reason}; ${RE2_ONLY}`);
  }
  return {
    cut(text) {
      const match = pattern.exec(text);
      return match ? ((match[1] as string | undefined) ?? (match[0] as string)) : undefined;
    },
  };
}
