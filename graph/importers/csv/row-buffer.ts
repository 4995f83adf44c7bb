// One CSV row's entities, relations and problems, held back until the row is known to be whole: a row
// with any problem (a bad value, or a record the model's schemas refuse, such as an end before its start)
// is either reported like every other problem (onError=refuse) or left out whole and listed (onError=skip).
import { Entity } from "../../model/entity.js";
import { RelationInput } from "../../model/relation.js";
import type { EntityDraft, GraphBuilder, RelationDraft } from "../shared/graph-builder.js";
import { zodProblems, type RecordOrigin, type SeedIssue } from "../../seed/index.js";

/** What the row mapper writes to: the builder's own methods, one row at a time. */
export type RowSink = Pick<GraphBuilder, "file" | "problem" | "addEntity" | "addRelation">;

export interface SkippedRow {
  line: number;
  problems: string[];
}

export class RowBuffer implements RowSink {
  private entities: { draft: EntityDraft; origin: RecordOrigin }[] = [];
  private relations: { draft: RelationDraft; origin: RecordOrigin; merge: boolean }[] = [];
  private problems: Omit<SeedIssue, "file">[] = [];
  /** What the model's schemas refuse; the builder's own check reports these when the row is handed over. */
  private schemaProblems: string[] = [];

  constructor(private readonly builder: GraphBuilder) {}

  get file(): string {
    return this.builder.file;
  }

  problem(issue: Omit<SeedIssue, "file"> & { file?: string }): void {
    this.problems.push(issue);
  }

  addEntity(draft: EntityDraft, origin: RecordOrigin): void {
    this.entities.push({ draft, origin });
    this.checkRecord(Entity.safeParse(draft), `entity ${draft.id}`);
  }

  addRelation(draft: RelationDraft, origin: RecordOrigin, merge = false): void {
    this.relations.push({ draft, origin, merge });
    if (draft.from !== draft.to)
      this.checkRecord(RelationInput.safeParse(draft), `relation ${draft.from} ${draft.type} ${draft.to}`);
  }

  /**
   * Hands the row to the builder, or with `skip` leaves a row with problems out and says why. Returns the
   * row left out, if it was.
   */
  commit(line: number, skip: boolean): SkippedRow | undefined {
    const { entities, relations, problems, schemaProblems } = this;
    this.entities = [];
    this.relations = [];
    this.problems = [];
    this.schemaProblems = [];
    if (skip && problems.length + schemaProblems.length > 0) {
      return { line, problems: [...problems.map((p) => described(p.field, p.message)), ...schemaProblems] };
    }
    for (const problem of problems) this.builder.problem(problem);
    for (const { draft, origin } of entities) this.builder.addEntity(draft, origin);
    for (const { draft, origin, merge } of relations) this.builder.addRelation(draft, origin, merge);
    return undefined;
  }

  private checkRecord(result: { success: boolean; error?: unknown }, what: string): void {
    if (result.success || !result.error) return;
    for (const problem of zodProblems(result.error as Parameters<typeof zodProblems>[0])) {
      this.schemaProblems.push(`${what}: ${described(problem.field, problem.message)}`);
    }
  }
}

function described(field: string, message: string): string {
  return field ? `${field}: ${message}` : message;
}
