// FtM Sanction records (a listing of an entity by a sanctioning body) as an analyst reads them: the
// authority FtM names only by text becomes an Organization of its own, tied to the listed entity by a
// SANCTIONED relation dated by the listing; a sanction naming no authority stays on the listed entity.
import type { Period } from "../../model/dates.js";
import { earliestDay, latestDay } from "../../model/day-bounds.js";
import { isDateText, type FileAttributes } from "../../model/file-attributes.js";
import type { EntityDraft } from "../shared/graph-builder.js";
import { parseDate } from "../shared/parse-values.js";
import { MAX_PROPERTY_TEXT } from "../shared/property-types.js";
import { shortHash, slugOf } from "../shared/stable-ids.js";
import type { FtmEntity } from "./read-ftm-lines.js";

export interface SanctionRead {
  /** The sanctioning body as the file names it (its first `authority`); the others stay in attributes. */
  authority?: string;
  date?: Period;
  /** Program and reason, the two things an analyst asks of a listing first. */
  note?: string;
  attributes?: FileAttributes;
  /** One line for an entity that carries the sanction itself (no authority named). */
  line: string;
}

/** Kept as the relation's attributes, as the file writes them. */
const KEPT = [
  "authority",
  "authorityId",
  "unscId",
  "program",
  "programId",
  "programUrl",
  "provisions",
  "status",
  "duration",
  "reason",
  "listingDate",
  "startDate",
  "endDate",
  "country",
  "summary",
  "sourceUrl",
] as const;

const DATES: ReadonlySet<string> = new Set(["listingDate", "startDate", "endDate"]);
const MAX_NOTE = 500;
const MAX_LIST = 500;

type Problem = (field: string, message: string) => void;

export function readSanction(entity: FtmEntity, problem: Problem): SanctionRead {
  const p = entity.properties;
  const days = (field: string): string[] =>
    (p[field] ?? []).flatMap((text) => {
      const parsed = parseDate(text);
      if (!parsed.ok) problem(`properties.${field}`, parsed.message);
      return parsed.ok ? [parsed.value] : [];
    });
  // OpenSanctions gives the start of a listing as startDate, or only the date it was listed.
  const started = days("startDate");
  const starts = started.length > 0 ? started : days("listingDate");
  const start = starts.sort((a, b) => earliestDay(a).localeCompare(earliestDay(b)))[0];
  const end = days("endDate").sort((a, b) => latestDay(b).localeCompare(latestDay(a)))[0];
  const date: Period | undefined = start
    ? end && end !== start && earliestDay(start) <= latestDay(end)
      ? { start, end }
      : { start }
    : undefined;

  const program = p.program?.[0] ?? p.programId?.[0];
  const reason = p.reason?.[0];
  const parts = [program && `program: ${program}`, reason && `reason: ${reason}`].filter(Boolean);
  const note = parts.length > 0 ? clip(parts.join("; "), MAX_NOTE) : undefined;

  const attributes: FileAttributes = {};
  for (const key of KEPT) {
    const values = (p[key] ?? []).map((v) => clip(v, MAX_PROPERTY_TEXT)).filter((v): v is string => !!v);
    // A single authority is the relation's start already, a single program or reason is in the note whole;
    // more are kept, as the relation names only the first.
    if (key === "authority" && values.length < 2) continue;
    if ((key === "program" || key === "reason") && values.length < 2 && note?.includes(values[0] ?? "")) continue;
    if (values.length === 1)
      attributes[key] =
        DATES.has(key) && isDateText(values[0]!)
          ? { type: "date", value: values[0]! }
          : { type: "string", value: values[0]! };
    else if (values.length > 1) attributes[key] = { type: "list", value: values.slice(0, MAX_LIST) };
  }
  const period = date ? (date.end ? `${date.start} to ${date.end}` : `from ${date.start}`) : undefined;
  const line = clip([program ?? "sanction", period, reason].filter(Boolean).join(", "), MAX_PROPERTY_TEXT)!;
  return {
    ...(p.authority?.[0]?.trim() ? { authority: clip(p.authority[0], 300) } : {}),
    ...(date ? { date } : {}),
    ...(note ? { note } : {}),
    ...(Object.keys(attributes).length > 0 ? { attributes } : {}),
    line,
  };
}

/**
 * The authority as an entity: keyed by its name, so every file that names "Office of Foreign Assets
 * Control" as an authority meets on one entity, as FtM entities meet on their FtM ids.
 */
export function authorityDraftOf(name: string, country: string | undefined): EntityDraft {
  const slug = slugOf(name).slice(0, 50).replace(/-+$/, "");
  return {
    id: `org:${slug ? `${slug}-` : ""}${shortHash(["sanction authority", name], 8)}`,
    kind: "Organization",
    name,
    aliases: [],
    properties: {
      description: "A sanctioning authority, as the file's FtM Sanction records name it",
      ...(country ? { country } : {}),
    },
  };
}

function clip(text: string | undefined, max: number): string | undefined {
  const trimmed = text?.replace(/\s+/g, " ").trim();
  if (!trimmed) return undefined;
  return trimmed.length > max ? `${trimmed.slice(0, max - 1)}…` : trimmed;
}
