// The extras around an exported drawing: the legend of what it shows and the line naming each source
// of the evidence shown (publisher or title, and date).
import type { GraphNode } from "../../../../graph/model/index.js";
import {
  ENTITY_KINDS,
  RELATION_STATUSES,
  STANCES,
  type RelationStatus,
  type Stance,
} from "../../../../graph/model/vocabulary-constants.js";
import type { TimeWindow } from "../filters/filters.js";
import { monthLabel } from "../filters/time.js";
import { DIMMED_NODE, KIND_COLORS, KIND_SHAPES, PATH_EDGE, STANCE_COLORS, STATUS_STYLE } from "../../sigma/palette.js";
import type { ExportScene } from "./scene.js";

export interface LegendEntry {
  label: string;
  color: string;
  shape: "circle" | "square" | "line" | "dashed";
}

/** The status key's swatches: a neutral ink, since the colour of a line already says its stance. */
export const STATUS_KEY_COLOR = "#64748b";

/**
 * Kinds and stances that appear undimmed in the drawing, in the vocabulary's order, then the status key:
 * solid for confirmed, dashed naming the other statuses drawn ("dashed: reported, alleged").
 */
export function legendOf(scene: ExportScene): LegendEntry[] {
  const kinds = new Set(scene.nodes.filter((n) => n.color !== DIMMED_NODE).map((n) => n.kind));
  // A relation on the highlighted path wears the path colour, not its stance colour.
  const stances = new Set(scene.edges.filter((e) => !e.dimmed && e.color !== PATH_EDGE).map((e) => e.stance));
  const entries: LegendEntry[] = ENTITY_KINDS.filter((k) => kinds.has(k)).map((kind) => ({
    label: kind,
    color: KIND_COLORS[kind],
    shape: KIND_SHAPES[kind],
  }));
  if (scene.edges.some((e) => !e.dimmed && e.color === PATH_EDGE)) {
    entries.push({ label: "path", color: PATH_EDGE, shape: "line" });
  }
  for (const stance of STANCES.filter((s: Stance) => stances.has(s))) {
    entries.push({ label: stance, color: STANCE_COLORS[stance], shape: "line" });
  }
  return [...entries, ...statusKeyOf(scene)];
}

function statusKeyOf(scene: ExportScene): LegendEntry[] {
  const drawn = new Set(scene.edges.filter((e) => !e.dimmed).map((e) => e.status));
  const unconfirmed = RELATION_STATUSES.filter((s: RelationStatus) => s !== "confirmed" && drawn.has(s));
  const key: LegendEntry[] = [];
  if (drawn.has("confirmed")) key.push({ label: "confirmed", color: STATUS_KEY_COLOR, shape: "line" });
  if (unconfirmed.length > 0) {
    const names = unconfirmed.map((s) => STATUS_STYLE[s].label).join(", ");
    key.push({ label: `not confirmed: ${names}`, color: STATUS_KEY_COLOR, shape: "dashed" });
  }
  return key;
}

/** Source ids cited by the evidence of the relations that are drawn undimmed. */
export function citedSourceIds(
  scene: ExportScene,
  evidenceOf: (edgeId: string) => readonly { source: string }[],
): string[] {
  const ids = new Set<string>();
  for (const edge of scene.edges) {
    if (edge.dimmed) continue;
    for (const item of evidenceOf(edge.id)) ids.add(item.source);
  }
  return [...ids].sort();
}

function dateText(value: unknown): string | null {
  if (typeof value !== "string") return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${Number(value.slice(8))} ${monthLabel(value.slice(0, 7))}`;
  if (/^\d{4}-\d{2}$/.test(value)) return monthLabel(value);
  if (/^\d{4}$/.test(value)) return value;
  return null;
}

/** "Publisher, Apr 2018" or, without a publisher, the title in quotes; oldest first, each once. */
export function sourceLines(sources: readonly GraphNode[]): string[] {
  const rows = sources.map((source) => {
    const p = source.properties as Record<string, unknown>;
    const who =
      typeof p.publisher === "string" && p.publisher.trim()
        ? p.publisher.trim()
        : `“${typeof p.title === "string" && p.title.trim() ? p.title.trim() : source.name}”`;
    const date = dateText(p.published);
    const when = date ? `${date}${p.publishedInferred === true ? " (inferred)" : ""}` : "undated";
    return { sortKey: typeof p.published === "string" ? p.published : "9999", text: `${who}, ${when}` };
  });
  rows.sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.text.localeCompare(b.text));
  return [...new Set(rows.map((r) => r.text))];
}

/** "Exported 4 Mar 2025", and the time window when one is set, since it changes what is drawn. */
export function dateLineOf(now: Date, time: TimeWindow): string {
  const day = `${now.getDate()} ${monthLabel(`${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`)}`;
  let window = "";
  if (time.from && time.to) window = `relations from ${monthLabel(time.from)} to ${monthLabel(time.to)}`;
  else if (time.to) window = `as it stood in ${monthLabel(time.to)}`;
  else if (time.from) window = `relations since ${monthLabel(time.from)}`;
  return window ? `Exported ${day} · ${window}` : `Exported ${day}`;
}
