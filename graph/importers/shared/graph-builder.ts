// Collects what an importer reads (entities, relations, problems) and turns it into a seed graph through
// the seed loader's own checks: the zod schemas record by record, then the cross-record checks.
import { InvalidInputError } from "../../errors.js";
import type { Period } from "../../model/dates.js";
import type { Amount } from "../../model/entity.js";
import type { Evidence } from "../../model/relation.js";
import type { EntityKind, RelationStatus, RelationType } from "../../model/vocabulary.js";
import { checkSeedGraph, SeedIssueList, SeedRecords, type RecordOrigin, type SeedGraph } from "../../seed/index.js";
import type { SeedIssue } from "../../seed/index.js";

export interface EntityDraft {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  properties: Record<string, unknown>;
}

export interface RelationDraft {
  id: string;
  type: RelationType;
  from: string;
  to: string;
  status: RelationStatus;
  date?: Period;
  amount?: Amount;
  note?: string;
  evidence: Evidence[];
}

export const MAX_ALIASES = 50;
/** A relation stated by many rows cites the first ones; the rest are in the same source anyway. */
export const MAX_EVIDENCE_PER_RELATION = 10;

export class GraphBuilder {
  readonly issues = new SeedIssueList();
  private readonly entities = new Map<string, { draft: EntityDraft; origin: RecordOrigin }>();
  private readonly relations: { draft: RelationDraft; origin: RecordOrigin }[] = [];
  private readonly relationIndex = new Map<string, number>();
  /** Things left out on purpose, by reason, so the summary can say so. */
  readonly skipped = new Map<string, number>();
  /** Things kept in another form than the file's (GEXF spells as a period), by how, so the summary can say so. */
  readonly readAs = new Map<string, number>();

  /** `file` names the input in error messages. */
  constructor(readonly file: string) {}

  problem(issue: Omit<SeedIssue, "file"> & { file?: string }): void {
    this.issues.add({ file: this.file, ...issue });
  }

  skip(reason: string): void {
    this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + 1);
  }

  note(readAs: string): void {
    this.readAs.set(readAs, (this.readAs.get(readAs) ?? 0) + 1);
  }

  hasEntity(id: string): boolean {
    return this.entities.has(id);
  }

  entityName(id: string): string | undefined {
    return this.entities.get(id)?.draft.name;
  }

  /**
   * Adds an entity, or merges it into the one of the same id read earlier: the first name stays, other
   * names become aliases, and properties the first record lacked are filled in.
   */
  addEntity(draft: EntityDraft, origin: RecordOrigin): void {
    const known = this.entities.get(draft.id);
    if (!known) {
      const aliases = unique(draft.aliases.filter((a) => a !== draft.name)).slice(0, MAX_ALIASES);
      this.entities.set(draft.id, { draft: { ...draft, aliases }, origin });
      return;
    }
    const target = known.draft;
    const aliases = unique([...target.aliases, draft.name, ...draft.aliases].filter((a) => a !== target.name));
    target.aliases = aliases.slice(0, MAX_ALIASES);
    for (const [key, value] of Object.entries(draft.properties)) {
      if (target.properties[key] === undefined) target.properties[key] = value;
    }
  }

  /**
   * Adds a relation. With `merge`, a relation of an id already read gains this one's evidence instead
   * (a tie stated on many rows); without, a repeated id is reported as a duplicate. A relation whose
   * two ends are the same entity cannot be stored and is skipped.
   */
  addRelation(draft: RelationDraft, origin: RecordOrigin, merge = false): void {
    if (draft.from === draft.to) return this.skip("relations whose two ends are the same entity");
    const index = this.relationIndex.get(draft.id);
    if (merge && index !== undefined) {
      const target = this.relations[index]!.draft;
      for (const evidence of draft.evidence) {
        const cited = target.evidence.some((e) => e.source === evidence.source && e.paragraph === evidence.paragraph);
        if (!cited && target.evidence.length < MAX_EVIDENCE_PER_RELATION) target.evidence.push(evidence);
      }
      return;
    }
    if (index === undefined) this.relationIndex.set(draft.id, this.relations.length);
    this.relations.push({ draft, origin });
  }

  /** Validates everything read and returns the seed graph, or throws every problem found at once. */
  build(): SeedGraph {
    const records = new SeedRecords(this.issues);
    for (const { draft, origin } of this.entities.values()) {
      records.add(draft.kind === "Source" ? "source" : "entity", draft, origin);
    }
    for (const { draft, origin } of this.relations) records.add("relation", draft, origin);
    const graph = checkSeedGraph(records, this.issues);
    this.issues.throwIfAny(this.file, "Imported file");
    return graph;
  }

  skippedSummary(): Record<string, number> {
    return Object.fromEntries(this.skipped);
  }

  readAsSummary(): Record<string, number> {
    return Object.fromEntries(this.readAs);
  }
}

/** Thrown for a problem that stops reading at once (an unreadable file, an unknown format). */
export function fileProblem(file: string, message: string, details: Record<string, unknown> = {}): InvalidInputError {
  return new InvalidInputError(`${file}: ${message}`, { file, ...details });
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))];
}
