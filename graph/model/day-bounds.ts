// The days a partial ISO date (`2019`, `2019-10`, `2019-10-25`) can mean. Zod-free, so the client's
// time slider uses them without bundling the validators of dates.ts.

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
