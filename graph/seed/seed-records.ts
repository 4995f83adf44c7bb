// Validates one seed record at a time (a source, an entity or a relation) against the model's schemas,
// and remembers where each record came from so later checks can name it.
import type { z } from "zod";
import { Entity, SourceEntity } from "../model/entity.js";
import { RelationInput, relationIdOf, toRelation, type Relation } from "../model/relation.js";
import { zodProblems, type SeedIssueList } from "./seed-issues.js";

export type RecordKind = "source" | "entity" | "relation";

/** Where a record was read: `relations[3]` of a .json file, or a line of a .jsonl file. */
export interface RecordOrigin {
  file: string;
  /** The array in a .json file; absent for .jsonl records. */
  section?: "sources" | "entities" | "relations";
  index: number;
  line?: number;
  /** How to name a record that is not a seed-file record: `node "42"`, `edge 7`. */
  label?: string;
}

export function recordLabel(origin: RecordOrigin): string {
  if (origin.label) return origin.label;
  if (origin.section) return `${origin.section}[${origin.index}]`;
  return origin.line !== undefined ? `line ${origin.line}` : `record ${origin.index}`;
}

/** Everything read from a seed folder so far, in file order, with where each record came from. */
export class SeedRecords {
  readonly entities: Entity[] = [];
  readonly entityOrigins: RecordOrigin[] = [];
  readonly relations: Relation[] = [];
  readonly relationOrigins: RecordOrigin[] = [];
  /** Ids of records that failed validation: other records may point at them without being "dangling". */
  readonly invalidIds = new Set<string>();

  constructor(readonly issues: SeedIssueList) {}

  add(kind: RecordKind, raw: unknown, origin: RecordOrigin): void {
    const id = idOf(kind, raw);
    const result = schemaOf(kind).safeParse(raw);
    if (!result.success) {
      if (id) this.invalidIds.add(id);
      for (const problem of zodProblems(result.error)) {
        this.issues.add({
          file: origin.file,
          record: recordLabel(origin),
          ...(id ? { id } : {}),
          ...(origin.line !== undefined ? { line: origin.line } : {}),
          ...problem,
        });
      }
      return;
    }
    if (kind === "relation") {
      this.relations.push(toRelation(result.data as RelationInput));
      this.relationOrigins.push(origin);
    } else {
      this.entities.push(result.data as Entity);
      this.entityOrigins.push(origin);
    }
  }
}

function schemaOf(kind: RecordKind): z.ZodType {
  if (kind === "source") return SourceEntity;
  if (kind === "entity") return Entity;
  return RelationInput;
}

/** The id a record means, read before validation so that errors can name it. */
function idOf(kind: RecordKind, raw: unknown): string | undefined {
  if (typeof raw !== "object" || raw === null) return undefined;
  const record = raw as Record<string, unknown>;
  if (typeof record.id === "string") return record.id.slice(0, 300);
  if (kind !== "relation") return undefined;
  const { type, from, to } = record;
  if (typeof type !== "string" || typeof from !== "string" || typeof to !== "string") return undefined;
  return relationIdOf({ type, from, to } as RelationInput).slice(0, 300);
}
