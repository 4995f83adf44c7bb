// Checks a mapping against the CSV file it is applied to, before any row is read: every column it names
// must be in the header, relations must join entities the mapping defines, patterns must compile on RE2.
import { basename } from "node:path";
import type { SeedIssueList } from "../../seed/index.js";
import { PROPERTY_TYPES } from "../shared/property-types.js";
import type { CsvMapping, EntitySpec, ValueSpec } from "./csv-mapping.js";
import { compileMappingPattern, UnusablePatternError } from "./mapping-pattern.js";

/** Columns a value spec reads, with the mapping field that names each. */
function columnsOf(spec: ValueSpec | { column: string }, field: string): { column: string; field: string }[] {
  if (typeof spec === "string") return [{ column: spec, field }];
  if ("column" in spec) return [{ column: spec.column, field: `${field}.column` }];
  return [];
}

/** `executive{n}` for each repeat item; the column itself when the entity does not repeat. */
export function expandColumn(column: string, item: string | number | undefined): string {
  return item === undefined ? column : column.replaceAll("{n}", String(item));
}

function entityColumns(spec: EntitySpec, field: string): { column: string; field: string }[] {
  const named = [
    ...(spec.id ? columnsOf(spec.id, `${field}.id`) : []),
    ...columnsOf(spec.name, `${field}.name`),
    ...(spec.aliases ?? []).flatMap((alias, i) => columnsOf(alias, `${field}.aliases[${i}]`)),
    ...Object.entries(spec.properties ?? {}).flatMap(([key, value]) => columnsOf(value, `${field}.properties.${key}`)),
  ];
  const items = spec.repeat ?? [undefined];
  return named.flatMap(({ column, field: f }) =>
    items.map((item) => ({ column: expandColumn(column, item), field: f })),
  );
}

export function checkCsvMapping(
  mapping: CsvMapping,
  header: readonly string[],
  mappingFile: string,
  csvFile: string,
  issues: SeedIssueList,
): void {
  const problem = (field: string, message: string) =>
    issues.add({ file: mappingFile, record: "mapping", field, message });
  const known = new Set(header);
  const seen = new Set<string>();
  const needColumn = ({ column, field }: { column: string; field: string }) => {
    const key = `${field}\0${column}`;
    if (known.has(column) || seen.has(key)) return;
    seen.add(key);
    problem(field, `no column "${column}" in ${basename(csvFile)} (its columns: ${preview(header)})`);
  };

  for (const [key, spec] of Object.entries(mapping.entities)) {
    const field = `entities.${key}`;
    entityColumns(spec, field).forEach(needColumn);
    for (const [property, value] of Object.entries(spec.properties ?? {})) {
      const type = PROPERTY_TYPES[spec.kind][property];
      if (type === undefined) {
        problem(
          `${field}.properties.${property}`,
          `a ${spec.kind} has no property "${property}"; it takes ${Object.keys(PROPERTY_TYPES[spec.kind]).join(", ")}`,
        );
      } else if ((type === "amount") !== (typeof value === "object" && "currency" in value)) {
        problem(
          `${field}.properties.${property}`,
          type === "amount"
            ? "expected {column, currency}"
            : "an amount ({column, currency}) fits only an amount property",
        );
      }
    }
    checkPattern(spec.id, `${field}.id`, problem);
    checkPattern(spec.name, `${field}.name`, problem);
    spec.aliases?.forEach((alias, i) => checkPattern(alias, `${field}.aliases[${i}]`, problem));
    for (const [key, value] of Object.entries(spec.properties ?? {}))
      checkPattern(value, `${field}.properties.${key}`, problem);
  }
  if (mapping.rowKey) columnsOf(mapping.rowKey, "rowKey").forEach(needColumn);

  mapping.relations.forEach((relation, i) => {
    const field = `relations[${i}]`;
    for (const end of ["from", "to"] as const) {
      if (!(relation[end] in mapping.entities)) {
        problem(
          `${field}.${end}`,
          `no entity "${relation[end]}" in the entities section (it has ${Object.keys(mapping.entities).join(", ")})`,
        );
      }
    }
    const fromRepeats = mapping.entities[relation.from]?.repeat !== undefined;
    const toRepeats = mapping.entities[relation.to]?.repeat !== undefined;
    if (fromRepeats && toRepeats) problem(field, "at most one end of a relation may be a repeated entity");
    // Columns of a relation with a repeated end may use {n} too.
    const items = mapping.entities[relation.from]?.repeat ?? mapping.entities[relation.to]?.repeat ?? [undefined];
    const needColumns = (named: { column: string; field: string }[]) =>
      named.forEach(({ column, field: f }) =>
        items.forEach((item) => needColumn({ column: expandColumn(column, item), field: f })),
      );
    for (const part of ["date", "end", "note"] as const) {
      const value = relation[part];
      if (value) needColumns(columnsOf(value, `${field}.${part}`));
      checkPattern(value, `${field}.${part}`, problem);
    }
    if (relation.end && !relation.date) problem(`${field}.end`, "an end needs a date to start from");
    if (relation.amount) needColumns([{ column: relation.amount.column, field: `${field}.amount.column` }]);
  });
}

function checkPattern(value: unknown, field: string, problem: (field: string, message: string) => void): void {
  if (typeof value !== "object" || value === null || !("pattern" in value) || typeof value.pattern !== "string") return;
  try {
    compileMappingPattern(value.pattern);
  } catch (error) {
    if (!(error instanceof UnusablePatternError)) throw error;
    problem(`${field}.pattern`, error.message);
  }
}

function preview(header: readonly string[]): string {
  const shown = header.slice(0, 12).join(", ");
  return header.length > 12 ? `${shown}, ... ${header.length} in all` : shown;
}
