// Checks that need every record at once: duplicate ids, relations whose ends or cited sources do not
// exist. Identical duplicates of an entity merge; conflicting ones are an error naming both places.
import type { Entity } from "../model/entity.js";
import type { Relation } from "../model/relation.js";
import { SeedIssueList, type SeedIssue } from "./seed-issues.js";
import { recordLabel, type RecordOrigin } from "./seed-records.js";

/** A seed graph: sources are entities of kind Source. */
export interface SeedGraph {
  entities: Entity[];
  relations: Relation[];
}

export interface SeedGraphInput extends SeedGraph {
  /** Where each entity / relation was read, index for index; without them records are named by index. */
  entityOrigins?: readonly RecordOrigin[];
  relationOrigins?: readonly RecordOrigin[];
  /** Ids of records that already failed validation: pointing at them is not reported again. */
  invalidIds?: ReadonlySet<string>;
}

/** Validates a whole seed graph and returns it with identical duplicate entities merged. */
export function validateSeedGraph(input: SeedGraphInput, folder = "(seed graph)"): SeedGraph {
  const issues = new SeedIssueList();
  const graph = checkSeedGraph(input, issues);
  issues.throwIfAny(folder);
  return graph;
}

/** Like validateSeedGraph, but adds its problems to a list the caller throws. */
export function checkSeedGraph(input: SeedGraphInput, issues: SeedIssueList): SeedGraph {
  const entityOrigin = (i: number) => input.entityOrigins?.[i] ?? { file: "(input)", section: "entities", index: i };
  const relationOrigin = (i: number) =>
    input.relationOrigins?.[i] ?? { file: "(input)", section: "relations", index: i };
  const invalidIds = input.invalidIds ?? new Set<string>();

  const entities: Entity[] = [];
  const firstEntity = new Map<string, number>();
  input.entities.forEach((entity, i) => {
    const first = firstEntity.get(entity.id);
    if (first === undefined) {
      firstEntity.set(entity.id, i);
      entities.push(entity);
      return;
    }
    const field = firstDifference(input.entities[first], entity);
    if (field === undefined) return;
    issues.add({
      ...at(entityOrigin(i), entity.id),
      field,
      message: `conflicts with the entity of the same id in ${where(entityOrigin(first))}`,
    });
  });

  const kindById = new Map(entities.map((e) => [e.id, e.kind]));
  const relations: Relation[] = [];
  const firstRelation = new Map<string, number>();
  input.relations.forEach((relation, i) => {
    const origin = relationOrigin(i);
    const problem = (field: string, message: string) => issues.add({ ...at(origin, relation.id), field, message });
    const first = firstRelation.get(relation.id);
    if (first !== undefined) {
      return problem("id", `duplicate relation id; first defined in ${where(relationOrigin(first))}`);
    }
    firstRelation.set(relation.id, i);
    relations.push(relation);

    for (const end of ["from", "to"] as const) {
      const id = relation[end];
      if (!kindById.has(id) && !invalidIds.has(id)) problem(end, `unknown entity "${id}"`);
    }
    relation.evidence.forEach((evidence, e) => {
      const kind = kindById.get(evidence.source);
      if (kind === undefined && !invalidIds.has(evidence.source)) {
        problem(`evidence[${e}].source`, `unknown source "${evidence.source}"`);
      } else if (kind !== undefined && kind !== "Source") {
        problem(`evidence[${e}].source`, `"${evidence.source}" is a ${kind}, not a Source`);
      }
    });
  });

  return { entities, relations };
}

function at(origin: RecordOrigin, id: string): Omit<SeedIssue, "field" | "message"> {
  return {
    file: origin.file,
    record: recordLabel(origin),
    id,
    ...(origin.line !== undefined ? { line: origin.line } : {}),
  };
}

function where(origin: RecordOrigin): string {
  return `${origin.file} ${recordLabel(origin)}`;
}

/** Path of the first field where two values differ (`properties.country`), or undefined if equal. */
export function firstDifference(a: unknown, b: unknown, path = ""): string | undefined {
  if (Object.is(a, b)) return undefined;
  const bothArrays = Array.isArray(a) && Array.isArray(b);
  const bothObjects = isPlainObject(a) && isPlainObject(b);
  if (!bothArrays && !bothObjects) return path || "(value)";
  if (bothArrays && a.length !== b.length) return path || "(value)";
  const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
  for (const key of [...keys].sort()) {
    const child = bothArrays ? `${path}[${key}]` : path ? `${path}.${key}` : key;
    const diff = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], child);
    if (diff !== undefined) return diff;
  }
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
