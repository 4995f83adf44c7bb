// An entity's relations as the entity panel lists them: grouped by type in the vocabulary's order, each
// row naming the counterpart, the qualified verb and which way the relation points.
import type { GraphEdge } from "../../../graph/model/index.js";
import { qualifiedVerb } from "../../../graph/model/qualified-verb.js";
import { RELATION_TYPES, type RelationType } from "../../../graph/model/vocabulary-constants.js";

export interface RelationRow {
  edge: GraphEdge;
  counterpart: string;
  /** True when the entity is the relation's source ("Trump → influenced → JEDI" seen from Trump). */
  outgoing: boolean;
  /** "allegedly influenced", "in talks to win". */
  verb: string;
}

export interface RelationGroup {
  type: RelationType;
  rows: RelationRow[];
}

export function groupRelations(entityId: string, relations: readonly GraphEdge[]): RelationGroup[] {
  const byType = new Map<RelationType, RelationRow[]>();
  for (const edge of relations) {
    const outgoing = edge.source === entityId;
    const row = {
      edge,
      counterpart: outgoing ? edge.target : edge.source,
      outgoing,
      verb: qualifiedVerb(edge.type, edge.status),
    };
    byType.set(edge.type, [...(byType.get(edge.type) ?? []), row]);
  }
  return RELATION_TYPES.filter((type) => byType.has(type)).map((type) => ({
    type,
    // Oldest first, undated last, so a group reads as a history; the edge id keeps ties stable.
    rows: byType
      .get(type)!
      .sort(
        (a, b) =>
          (a.edge.date?.start ?? "9999").localeCompare(b.edge.date?.start ?? "9999") ||
          a.edge.id.localeCompare(b.edge.id),
      ),
  }));
}

/** The row as one sentence, for screen readers and the tooltip: "Donald Trump allegedly influenced JEDI". */
export function rowSentence(row: RelationRow, nameOf: (id: string) => string): string {
  const { source, target } = row.edge;
  // An undirected tie has no first end: it is named as being between the two, in no particular order.
  if (row.edge.directed === false) return `${nameOf(source)} and ${nameOf(target)}, undirected: ${row.verb}`;
  return `${nameOf(source)} ${row.verb} ${nameOf(target)}`;
}
