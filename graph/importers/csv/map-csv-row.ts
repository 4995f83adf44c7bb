// Applies a CSV mapping to one row: the entities it names (merged with earlier rows by id) and the
// relations between them, each citing the row. Bad values are reported with file, line and column.
import type { Period } from "../../model/dates.js";
import type { Amount } from "../../model/entity.js";
import { evidenceSummaryOf } from "../shared/evidence-summary.js";
import type { RelationDraft } from "../shared/graph-builder.js";
import { parseDate, parseNumber } from "../shared/parse-values.js";
import { PROPERTY_TYPES } from "../shared/property-types.js";
import { entityIdOf, relationIdOf, slugOf } from "../shared/stable-ids.js";
import { expandColumn } from "./check-csv-mapping.js";
import type { AmountSpec, CsvMapping, RelationSpec, ValueSpec } from "./csv-mapping.js";
import { compileMappingPattern, type MappingPattern } from "./mapping-pattern.js";
import type { CsvRow } from "./read-csv-rows.js";
import type { RowSink } from "./row-buffer.js";

interface Instance {
  id: string;
  name: string;
  item?: string | number;
}

/** What a value spec reads from a row: the text (absent when empty) and the column it came from. */
interface Read {
  text?: string;
  column: string;
}

export class CsvRowMapper {
  private readonly columnIndex: Map<string, number>;
  private readonly nullValues: Set<string>;
  private readonly patterns = new Map<string, MappingPattern>();

  constructor(
    private readonly mapping: CsvMapping,
    header: readonly string[],
    private readonly builder: RowSink,
    private readonly sourceId: string,
    private readonly fileName: string,
  ) {
    this.columnIndex = new Map(header.map((name, i) => [name, i]));
    this.nullValues = new Set(mapping.nullValues.map(normalised));
  }

  mapRow(row: CsvRow): void {
    const origin = { file: this.builder.file, index: row.number - 1, line: row.line, label: `line ${row.line}` };
    const problem = (field: string, message: string) =>
      this.builder.problem({ record: `line ${row.line}`, line: row.line, field, message });

    const instances = new Map<string, Instance[]>();
    for (const [key, spec] of Object.entries(this.mapping.entities)) {
      const found: Instance[] = [];
      for (const item of spec.repeat ?? [undefined]) {
        const name = this.read(spec.name, row, item).text;
        const idText = spec.id ? this.read(spec.id, row, item).text : name;
        if (name === undefined || idText === undefined) continue;
        const id = entityIdOf(spec.kind, idText);
        const aliases = (spec.aliases ?? []).flatMap((alias) => this.read(alias, row, item).text ?? []);
        const properties: Record<string, unknown> = {};
        for (const [property, value] of Object.entries(spec.properties ?? {})) {
          const parsed = this.property(spec.kind, property, value, row, item, problem);
          if (parsed !== undefined) properties[property] = parsed;
        }
        this.builder.addEntity({ id, kind: spec.kind, name, aliases, properties }, origin);
        found.push({ id, name, ...(item !== undefined ? { item } : {}) });
      }
      instances.set(key, found);
    }

    const rowKey = this.rowKeyOf(row, problem);
    for (const spec of this.mapping.relations) {
      for (const from of instances.get(spec.from) ?? []) {
        for (const to of instances.get(spec.to) ?? []) {
          const relation = this.relation(spec, from, to, row, rowKey, problem);
          if (relation) this.builder.addRelation(relation, origin, spec.once);
        }
      }
    }
  }

  private relation(
    spec: RelationSpec,
    from: Instance,
    to: Instance,
    row: CsvRow,
    rowKey: string,
    problem: (field: string, message: string) => void,
  ): RelationDraft | undefined {
    const item = from.item ?? to.item;
    let date: Period | undefined;
    if (spec.date) {
      const start = this.date(spec.date, row, item, problem);
      const end = spec.end ? this.date(spec.end, row, item, problem) : undefined;
      if (start) date = end ? { start, end } : { start };
    }
    const notes: string[] = [];
    const note = spec.note ? this.read(spec.note, row, item).text : undefined;
    if (note) notes.push(note);
    const amount = spec.amount ? this.amount(spec.amount, row, item, problem, notes) : undefined;
    const key = spec.once ? undefined : item === undefined ? rowKey : `${rowKey}.${slugOf(String(item))}`;
    const draft: RelationDraft = {
      id: relationIdOf(from.id, spec.type, to.id, key),
      type: spec.type,
      from: from.id,
      to: to.id,
      status: spec.status,
      ...(date ? { date } : {}),
      ...(amount ? { amount } : {}),
      ...(notes.length ? { note: notes.join("; ") } : {}),
      evidence: [
        {
          source: this.sourceId,
          paragraph: row.number,
          summary: evidenceSummaryOf({
            record: `row ${row.number} of ${this.fileName}`,
            fromName: from.name,
            type: spec.type,
            toName: to.name,
            amount,
            date,
          }),
        },
      ],
    };
    return draft;
  }

  private property(
    kind: keyof typeof PROPERTY_TYPES,
    property: string,
    spec: ValueSpec | AmountSpec,
    row: CsvRow,
    item: string | number | undefined,
    problem: (field: string, message: string) => void,
  ): unknown {
    if (typeof spec === "object" && "currency" in spec) return this.amount(spec, row, item, problem, []);
    const type = PROPERTY_TYPES[kind][property];
    if (type === "date") return this.date(spec, row, item, problem);
    const { text, column } = this.read(spec, row, item);
    if (text === undefined || (type !== "number" && type !== "integer")) return text;
    const parsed = parseNumber(text);
    if (!parsed.ok) return problem(column, parsed.message);
    if (type === "integer" && !Number.isInteger(parsed.value))
      return problem(column, `expected a whole number, got ${text}`);
    return parsed.value;
  }

  private date(
    spec: ValueSpec,
    row: CsvRow,
    item: string | number | undefined,
    problem: (field: string, message: string) => void,
  ): string | undefined {
    const { text, column } = this.read(spec, row, item);
    if (text === undefined) return undefined;
    const format = typeof spec === "object" && "format" in spec ? spec.format : undefined;
    const parsed = parseDate(text, format);
    if (parsed.ok) return parsed.value;
    problem(column, parsed.message);
    return undefined;
  }

  private amount(
    spec: AmountSpec,
    row: CsvRow,
    item: string | number | undefined,
    problem: (field: string, message: string) => void,
    notes: string[],
  ): Amount | undefined {
    const { text, column } = this.read(spec, row, item);
    if (text === undefined) return undefined;
    const parsed = parseNumber(text);
    if (!parsed.ok) return void problem(column, parsed.message);
    const qualifier = spec.qualifier ? { qualifier: spec.qualifier } : {};
    if (parsed.value >= 0) return { value: parsed.value, currency: spec.currency, ...qualifier };
    if (spec.negative === "refuse") {
      return void problem(
        column,
        `negative amount ${text}; set amount.negative: note in the mapping to keep it as a note`,
      );
    }
    notes.push(`${column} is negative in the source: ${parsed.value} ${spec.currency}`);
    return undefined;
  }

  private rowKeyOf(row: CsvRow, problem: (field: string, message: string) => void): string {
    if (!this.mapping.rowKey) return `r${row.number}`;
    const { text, column } = this.read(this.mapping.rowKey, row, undefined);
    if (text === undefined) {
      problem(column, "the row key is empty; every row needs one");
      return `r${row.number}`;
    }
    return slugOf(text).slice(0, 60);
  }

  /** The spec's text in this row: trimmed, inner whitespace collapsed, null values treated as absent. */
  private read(spec: ValueSpec, row: CsvRow, item: string | number | undefined): Read {
    if (typeof spec === "object" && "value" in spec) return { text: String(spec.value), column: "(constant)" };
    const column = expandColumn(typeof spec === "string" ? spec : spec.column, item);
    const raw = row.values[this.columnIndex.get(column) ?? -1];
    let text = raw === undefined ? "" : normalised(raw);
    if (typeof spec === "object" && spec.pattern && text !== "") {
      const cut = this.pattern(spec.pattern).cut(text);
      if (cut !== undefined) text = normalised(cut);
    }
    if (text === "" || this.nullValues.has(text)) return { column };
    const prefix = typeof spec === "object" ? (spec.prefix ?? "") : "";
    return { text: prefix + text, column };
  }

  private pattern(source: string): MappingPattern {
    let pattern = this.patterns.get(source);
    if (!pattern) {
      pattern = compileMappingPattern(source);
      this.patterns.set(source, pattern);
    }
    return pattern;
  }
}

function normalised(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
