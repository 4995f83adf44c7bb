// Date patterns a mapping may give for a date column: YYYY (year), MM or M (month number), MMMM or MMM
// (month name, English or German, any case), DD or D (day), and the literal characters between them
// (space, comma, dot, slash, hyphen). "MMM D, YYYY" reads "Mar 25, 2015"; without a day, "MMM YYYY" reads
// "March 2015" as the month 2015-03. strptime's directives say the same: "%b %d, %Y", "%d.%m.%Y".
const TOKEN = /YYYY|MMMM|MMM|MM|M|DD|D/g;
const LITERAL = /^[\s,./-]*$/;

/** strptime's directives for what a date pattern reads, as the tokens above. */
const DIRECTIVES: Record<string, string> = {
  "%Y": "YYYY",
  "%m": "MM",
  "%-m": "M",
  "%d": "DD",
  "%-d": "D",
  "%e": "D",
  "%b": "MMM",
  "%h": "MMM",
  "%B": "MMMM",
};
const DIRECTIVE = /%-?[A-Za-z%]/g;

/** The pattern in tokens: strptime's directives turned into YYYY, MM, DD, ...; other patterns as they are. */
function tokensOf(pattern: string): string {
  return pattern.includes("%")
    ? pattern.replace(DIRECTIVE, (directive) => DIRECTIVES[directive] ?? directive)
    : pattern;
}

const MONTH_NAMES: Record<string, number> = {};
const NAMES = [
  ["january", "januar", "jan", "jänner", "jän"],
  ["february", "februar", "feb", "febr"],
  ["march", "märz", "maerz", "mar", "mär", "mrz"],
  ["april", "apr"],
  ["may", "mai"],
  ["june", "juni", "jun"],
  ["july", "juli", "jul"],
  ["august", "aug"],
  ["september", "sep", "sept"],
  ["october", "oktober", "oct", "okt"],
  ["november", "nov"],
  ["december", "dezember", "dec", "dez"],
];
NAMES.forEach((names, i) => names.forEach((name) => (MONTH_NAMES[name] = i + 1)));

/** Tried in order on a date column whose mapping gives no format, after ISO dates. */
export const DEFAULT_DATE_PATTERNS = ["MMM D, YYYY", "D MMM YYYY", "D. MMM YYYY", "MMM YYYY"] as const;

export interface DatePattern {
  pattern: string;
  /** `{ y, m, d }` read from the text (no `d` for a pattern without a day), or undefined when it does not have the pattern's shape. */
  read(text: string): { y: number; m: number; d?: number } | undefined;
}

/** Why the pattern cannot be used, or undefined when it can. */
export function datePatternProblem(pattern: string): string | undefined {
  const unknown = pattern.includes("%") ? (pattern.match(DIRECTIVE) ?? []).find((d) => !DIRECTIVES[d]) : undefined;
  if (unknown)
    return `"${pattern}": of strptime's directives only ${Object.keys(DIRECTIVES).join(", ")} are read, not ${unknown}`;
  const tokenized = tokensOf(pattern);
  const tokens = tokenized.match(TOKEN) ?? [];
  const literals = tokenized.split(TOKEN);
  if (!literals.every((literal) => LITERAL.test(literal)))
    return `"${pattern}": only YYYY, MMMM, MMM, MM, M, DD, D (or %Y, %m, %d, %b, %B) and the characters , . / - and space may appear`;
  const count = (kind: string) => tokens.filter((token) => token[0] === kind).length;
  if (count("Y") !== 1 || count("M") !== 1 || count("D") > 1)
    return `"${pattern}" needs exactly one year (YYYY), one month (MMMM, MMM, MM or M) and at most one day (DD or D)`;
  return undefined;
}

export function compileDatePattern(given: string): DatePattern {
  const pattern = tokensOf(given);
  const order: string[] = [];
  const source = pattern
    .split(TOKEN)
    .map((literal, i) => {
      const token = pattern.match(TOKEN)?.[i];
      const text = literal.replace(/\./g, "\\.").replace(/\s+/g, "\\s+");
      if (!token) return text;
      order.push(token[0]!);
      const group = token === "YYYY" ? "(\\d{4})" : token.startsWith("MMM") ? "(\\p{L}+\\.?)" : "(\\d{1,2})";
      return text + group;
    })
    .join("");
  const regex = new RegExp(`^${source}$`, "iu");
  return {
    pattern: given,
    read(text) {
      const match = regex.exec(text.trim());
      if (!match) return undefined;
      const part = (kind: string) => match[order.indexOf(kind) + 1] ?? "";
      const monthText = part("M");
      const m = /^\d/.test(monthText) ? Number(monthText) : MONTH_NAMES[monthText.toLowerCase().replace(/\.$/, "")];
      if (m === undefined) return undefined;
      return order.includes("D") ? { y: Number(part("Y")), m, d: Number(part("D")) } : { y: Number(part("Y")), m };
    },
  };
}
