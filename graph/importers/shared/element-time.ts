// When a node or edge of a graph file exists, as its spells say (GEXF `start`/`end`, `timestamp(s)`,
// `<spells>`), turned into what the model holds: one period, plus the spells as written when the period
// alone cannot say it all (several spells, an open end, a time of day, a numeric time scale).
import { PartialDate, type Period } from "../../model/dates.js";
import { earliestDay, latestDay } from "../../model/day-bounds.js";

/** One span of time as the file writes it; a timestamp is a spell whose start is its end. */
export interface TimeSpell {
  start?: string;
  end?: string;
}

/** How the file's times read: calendar dates (GEXF `date`, `dateTime`), years, or a scale of numbers. */
export type TimeScale = "date" | "year" | "numeric";

export interface ElementTime {
  period?: Period;
  /** The spells as written (`2009-03-01/2009-03-10`, `2009-03-01/..`), when the period does not say it all. */
  spells?: string[];
  /** How the time was read, for the import summary. */
  readAs: string;
}

/** `2009-03-01/2009-03-10`; an open end is `..` (ISO 8601-2); a timestamp is its one time. */
export function spellText(spell: TimeSpell): string {
  if (spell.start !== undefined && spell.start === spell.end) return spell.start;
  return `${spell.start ?? ".."}/${spell.end ?? ".."}`;
}

export function elementTimeOf(owner: "node" | "edge", spells: readonly TimeSpell[], scale: TimeScale): ElementTime {
  const written = spells.map(spellText);
  const keptOnly = (why: string): ElementTime => ({
    spells: written,
    readAs: `${owner}s ${why} (no date; every spell kept in attribute "spells")`,
  });
  if (scale === "numeric")
    return keptOnly('timed on a numeric scale (a mapping with numericTime: "year" reads the times as years)');

  const days = spells.map((spell) => ({ start: dayOf(spell.start, scale), end: dayOf(spell.end, scale) }));
  if (days.some((day, i) => (spells[i]!.start && !day.start) || (spells[i]!.end && !day.end)))
    return keptOnly(`with times that are not ${scale === "year" ? "whole years" : "dates"}`);
  if (days.some((day) => !day.start)) return keptOnly("with a spell open at the start");
  if (days.some((day) => day.end && earliestDay(day.start!.day) > latestDay(day.end.day)))
    return keptOnly("with a spell that ends before it starts");

  const starts = days.map((day) => day.start!.day).sort((a, b) => earliestDay(a).localeCompare(earliestDay(b)));
  const openEnded = days.some((day) => !day.end);
  const ends = days.map((day) => day.end?.day ?? "").sort((a, b) => latestDay(a).localeCompare(latestDay(b)));
  const start = starts[0]!;
  const end = openEnded ? undefined : ends[ends.length - 1];
  const period: Period = end === undefined || end === start ? { start } : { start, end };
  const timed = days.some((day) => !day.start!.whole || (day.end && !day.end.whole));

  if (spells.length > 1)
    return {
      period,
      spells: written,
      readAs: `${owner}s with several spells (date: their outer span; each spell in attribute "spells")`,
    };
  if (openEnded)
    return {
      period,
      spells: written,
      readAs: `${owner}s open at the end (date: when they begin; attribute "spells" keeps the open end)`,
    };
  if (timed)
    return {
      period,
      spells: written,
      readAs: `${owner}s timed within a day (date: the day; attribute "spells" keeps the time)`,
    };
  return { period, readAs: `${owner}s dated by the file's spells or start and end` };
}

/** The day a time names (a dateTime's date part; a year as `YYYY`), and whether that is all it says. */
function dayOf(time: string | undefined, scale: TimeScale): { day: string; whole: boolean } | undefined {
  if (time === undefined) return undefined;
  const text = time.trim();
  if (scale === "year") {
    const year = /^\d{1,4}(\.0+)?$/.test(text) ? Number.parseFloat(text) : Number.NaN;
    return year >= 1 ? { day: String(year).padStart(4, "0"), whole: true } : undefined;
  }
  const match = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(T.*)?$/.exec(text);
  if (!match || !PartialDate.safeParse(match[1]).success) return undefined;
  return { day: match[1]!, whole: match[2] === undefined || /^T00:00(:00(\.0+)?)?(Z|[+-]00:?00)?$/.test(match[2]) };
}
