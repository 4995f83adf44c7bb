// Partial ISO dates (`2019`, `2019-10`, `2019-10-25`) and the periods built from them.
import { z } from "zod";

const PARTIAL_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

export const PartialDate = z.string().regex(PARTIAL_DATE, "expected a partial ISO date: YYYY, YYYY-MM or YYYY-MM-DD");
export type PartialDate = z.infer<typeof PartialDate>;

/** When something happened: a single date (start only) or a period. */
export const Period = z
  .object({ start: PartialDate, end: PartialDate.optional() })
  .strict()
  .refine((p) => p.end === undefined || earliestDay(p.start) <= latestDay(p.end), {
    message: "end must not be before start",
    path: ["end"],
  });
export type Period = z.infer<typeof Period>;

/** The first day a partial date can mean: `2019-10` → `2019-10-01`. */
export function earliestDay(date: string): string {
  const [y, m = "01", d = "01"] = date.split("-");
  return `${y}-${m}-${d}`;
}

/** The last day a partial date can mean: `2019-02` → `2019-02-28`. */
export function latestDay(date: string): string {
  const [y, m, d] = date.split("-");
  if (d) return date;
  if (!m) return `${y}-12-31`;
  const lastDay = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
  return `${y}-${m}-${String(lastDay).padStart(2, "0")}`;
}
