// The path question of a link (from, to, via, limits, filters) and which of its answers was on show, so a
// shared link asks the server again and shows the same path.
import { SUPPORT_LEVELS, type SupportLevel } from "../../../../graph/model/support.js";
import { RELATION_STATUSES, RELATION_TYPES, STANCES } from "../../../../graph/model/vocabulary-constants.js";
import type { PathQuery } from "../../api/types.js";
import { isPartialDate } from "../paths/path-query.js";
import { allowed, listParam as list } from "./query-lists.js";

export interface LinkedPath {
  query: PathQuery;
  /** The alternative on show, counted from 0. */
  active: number;
}

const MAX_LIMIT = 10;

function count(text: string | null, max: number): number | undefined {
  if (text === null || !/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n >= 1 && n <= max ? n : undefined;
}

export function writePathLink(params: URLSearchParams, path: LinkedPath | null) {
  if (!path) return;
  const { query } = path;
  const put = (key: string, values: readonly string[] | undefined) => {
    if (values && values.length > 0) params.set(key, values.join(","));
  };
  params.set("pf", query.from);
  params.set("pt", query.to);
  if (query.via) params.set("pv", query.via);
  if (query.maxHops !== undefined) params.set("ph", String(query.maxHops));
  if (query.k !== undefined) params.set("pk", String(query.k));
  put("pty", query.types);
  put("pxt", query.excludeTypes);
  put("pss", query.stances);
  if (query.support) params.set("psu", query.support);
  put("pst", query.statuses);
  if (query.at) params.set("pat", query.at);
  if (query.chronological) params.set("pch", "1");
  if (path.active > 0) params.set("pa", String(path.active));
}

/** The link's path question; null when it has none. Values outside the vocabulary are left out. */
export function readPathLink(params: URLSearchParams): LinkedPath | null {
  const from = params.get("pf");
  const to = params.get("pt");
  if (!from || !to) return null;
  const support = params.get("psu");
  const statuses = allowed(list(params, "pst"), RELATION_STATUSES);
  const at = params.get("pat");
  const maxHops = count(params.get("ph"), MAX_LIMIT);
  const k = count(params.get("pk"), MAX_LIMIT);
  const query: PathQuery = {
    from,
    to,
    via: params.get("pv") || null,
    ...(maxHops ? { maxHops } : {}),
    ...(k ? { k } : {}),
    types: allowed(list(params, "pty"), RELATION_TYPES),
    excludeTypes: allowed(list(params, "pxt"), RELATION_TYPES),
    stances: allowed(list(params, "pss"), STANCES),
    support: SUPPORT_LEVELS.includes(support as SupportLevel) ? (support as SupportLevel) : "all",
    ...(statuses.length > 0 ? { statuses } : {}),
    ...(at && isPartialDate(at) ? { at } : {}),
    chronological: params.get("pch") === "1",
  };
  const active = Number(params.get("pa") ?? 0);
  return { query, active: Number.isInteger(active) && active >= 0 && active < MAX_LIMIT ? active : 0 };
}
