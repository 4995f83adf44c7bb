// Partial ISO dates (`2019`, `2019-10`, `2019-10-25`) and the periods built from them.
import { z } from "zod";
import { earliestDay, latestDay } from "./day-bounds.js";

export { earliestDay, latestDay } from "./day-bounds.js";

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
