// Reading dates and numbers from text fields. Each parser returns the value or a message saying what was
// expected, so the caller can name the file, record and field.
import { z } from "zod";
import { PartialDate } from "../../model/dates.js";

export const DATE_FORMATS = ["YYYY-MM-DD", "M/D/YYYY", "D/M/YYYY", "D.M.YYYY"] as const;
export const DateFormat = z.enum(DATE_FORMATS);
export type DateFormat = z.infer<typeof DateFormat>;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

const SEPARATED = {
  "M/D/YYYY": { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: ["m", "d", "y"] },
  "D/M/YYYY": { pattern: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, order: ["d", "m", "y"] },
  "D.M.YYYY": { pattern: /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/, order: ["d", "m", "y"] },
} as const;

/**
 * A date in the given format as a (partial) ISO date. "YYYY-MM-DD" also takes `2011`, `2011-12` and a
 * timestamp such as `2011-12-29T10:00:00Z` (its day is kept).
 */
export function parseDate(text: string, format: DateFormat = "YYYY-MM-DD"): Parsed<string> {
  const value = text.trim();
  const expected = `expected a date as ${format}, got "${value.slice(0, 40)}"`;
  let iso: string;
  if (format === "YYYY-MM-DD") {
    iso = /^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:?\d{2})?$/.test(value) ? value.slice(0, 10) : value;
    if (!PartialDate.safeParse(iso).success) return { ok: false, message: expected };
  } else {
    const { pattern, order } = SEPARATED[format];
    const match = pattern.exec(value);
    if (!match) return { ok: false, message: expected };
    const part = (name: "d" | "m" | "y") => match[order.indexOf(name) + 1] ?? "";
    iso = `${part("y")}-${part("m").padStart(2, "0")}-${part("d").padStart(2, "0")}`;
  }
  if (iso.length === 10 && !isCalendarDay(iso)) return { ok: false, message: `${value} is not a day of the calendar` };
  if (!PartialDate.safeParse(iso).success) return { ok: false, message: expected };
  return { ok: true, value: iso };
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
