// Where a node's or edge's time goes: a Contract's or Event's period into its start and end, an edge's
// into the relation's date (by the caller), and the spells as written into the attribute "spells" when
// the period cannot say it all, or when the entity's kind has no dates of its own.
import type { FileAttributes } from "../../model/file-attributes.js";
import type { ElementTime } from "./element-time.js";
import type { GraphBuilder } from "./graph-builder.js";
import type { ImportedKind } from "./property-types.js";

const KINDS_WITH_A_PERIOD: ReadonlySet<ImportedKind> = new Set(["Contract", "Event"]);
const SPELLS = "spells";
/** The name the spells take when the file has an attribute "spells" of its own. */
const SPELLS_BESIDE_THE_FILES = "gexf spells";

export function withSpells(attributes: FileAttributes | undefined, time: ElementTime | undefined) {
  if (!time?.spells) return attributes;
  const name = attributes && SPELLS in attributes ? SPELLS_BESIDE_THE_FILES : SPELLS;
  return { ...attributes, [name]: { type: "list" as const, value: time.spells } };
}

export function withNodeTime(
  kind: ImportedKind,
  properties: Record<string, unknown>,
  time: ElementTime | undefined,
  builder: GraphBuilder,
): Record<string, unknown> {
  if (!time) return properties;
  const attributes = properties.attributes as FileAttributes | undefined;
  if (KINDS_WITH_A_PERIOD.has(kind) && time.period) {
    builder.note(time.readAs);
    const { start, end } = time.period;
    const spells = withSpells(attributes, time);
    return { ...properties, start, ...(end ? { end } : {}), ...(spells ? { attributes: spells } : {}) };
  }
  builder.note(`nodes timed by the file, kept in attribute "spells" (the kind ${kind} has no period of its own)`);
  return { ...properties, attributes: withSpells(attributes, { ...time, spells: time.spells ?? spellsOf(time) }) };
}

/** A period said it all for a relation; an entity without dates keeps it as the one spell it is. */
function spellsOf(time: ElementTime): string[] {
  const { start, end } = time.period!;
  return [end ? `${start}/${end}` : start];
}
