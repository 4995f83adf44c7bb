// Reading dates and numbers from text fields. Each parser returns the value or a message saying what was
// expected, so the caller can name the file, record and field.
import { z } from "zod";
import { PartialDate } from "../../model/dates.js";
import { compileDatePattern, datePatternProblem, DEFAULT_DATE_PATTERNS, type DatePattern } from "./date-patterns.js";

/** The formats earlier mappings named; any pattern of date-patterns.ts is taken as well. */
export const DATE_FORMATS = ["YYYY-MM-DD", "M/D/YYYY", "D/M/YYYY", "D.M.YYYY"] as const;
const ISO = "YYYY-MM-DD";

/** One date pattern, or several tried in order. */
export const DateFormat = z.union([
  z.string().superRefine(checkPattern),
  z.array(z.string().superRefine(checkPattern)).min(1).max(10),
]);
export type DateFormat = z.infer<typeof DateFormat>;

function checkPattern(pattern: string, context: z.RefinementCtx): void {
  const problem = pattern === ISO ? undefined : datePatternProblem(pattern);
  if (problem) context.addIssue({ code: "custom", message: problem });
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * A date as a (partial) ISO date. Without a format: ISO (`2011`, `2011-12`, `2011-12-29`, or a timestamp
 * such as `2011-12-29T10:00:00Z`, whose day is kept), then the default patterns ("Mar 25, 2015",
 * "25 March 2015", "25. März 2015"). With a format, only the patterns it names.
 */
export function parseDate(text: string, format?: DateFormat): Parsed<string> {
  const value = text.trim();
  const patterns = format === undefined ? [ISO, ...DEFAULT_DATE_PATTERNS] : [format].flat();
  const expected = `expected a date as ${patterns.join(" or ")}, got "${value.slice(0, 40)}"`;
  for (const pattern of patterns) {
    const iso = pattern === ISO ? isoOf(value) : dayOf(compiled(pattern).read(value));
    if (iso === undefined) continue;
    if (iso.length === 10 && !isCalendarDay(iso))
      return { ok: false, message: `${value} is not a day of the calendar` };
    if (PartialDate.safeParse(iso).success) return { ok: true, value: iso };
  }
  return { ok: false, message: expected };
}

function isoOf(value: string): string | undefined {
  const iso = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$/.test(value) ? value.slice(0, 10) : value;
  return PartialDate.safeParse(iso).success ? iso : undefined;
}

function dayOf(parts: { y: number; m: number; d?: number } | undefined): string | undefined {
  if (!parts) return undefined;
  const two = (n: number) => String(n).padStart(2, "0");
  return parts.d === undefined ? `${parts.y}-${two(parts.m)}` : `${parts.y}-${two(parts.m)}-${two(parts.d)}`;
}

const compiledPatterns = new Map<string, DatePattern>();
function compiled(pattern: string): DatePattern {
  let known = compiledPatterns.get(pattern);
  if (!known) compiledPatterns.set(pattern, (known = compileDatePattern(pattern)));
  return known;
}

function isCalendarDay(iso: string): boolean {
  const [y = 0, m = 0, d = 0] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** `4537.8500`, `-6000`, `1,234.5` (commas as thousands separators), `1e6`. */
export function parseNumber(text: string): Parsed<number> {
  const value = text.trim();
  const plain = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(value) ? value.replace(/,/g, "") : value;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(plain)) {
    return { ok: false, message: `expected a number such as 1234.56, got "${value.slice(0, 40)}"` };
  }
  const number = Number(plain);
  if (!Number.isFinite(number)) return { ok: false, message: `number "${value.slice(0, 40)}" is out of range` };
  return { ok: true, value: number };
}
