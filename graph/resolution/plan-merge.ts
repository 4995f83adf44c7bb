// What a merge changes, worked out without touching a store: the kept entity gains the merged one's name,
// aliases and missing properties; every relation of the merged entity moves to the kept one (with a new
// id where the id names its ends); relations between the two are dropped; all of it recorded for undo.
import { InvalidInputError } from "../errors.js";
import type { GraphEdge, GraphNode } from "../model/graph.js";
import type { MergeMoves, MergeSnapshot } from "./merge-record.js";

/** Older names of graph/model/graph.ts's entityOfNode and relationOfEdge, still imported elsewhere. */
export { entityOfNode as entityOf, relationOfEdge as relationOf } from "../model/graph.js";

export interface MergePlan {
  /** Every relation to delete, at its current ends: the merged entity's and the kept ones they combine with. */
  deleteRelations: GraphEdge[];
  deleteEntityId: string;
  keptEntity: GraphNode;
  /** Every relation to write afresh. */
  writeRelations: GraphEdge[];
  moved: MergeMoves;
  before: MergeSnapshot;
  after: MergeSnapshot;
}

const MAX_ALIASES = 50;

/** `relations` holds every relation touching either entity. */
export function planMerge(keep: GraphNode, merge: GraphNode, relations: readonly GraphEdge[]): MergePlan {
  checkMergeable(keep, merge);
  const touchesMerged = (edge: GraphEdge) => edge.source === merge.id || edge.target === merge.id;
  const keptRelations = new Map(relations.filter((edge) => !touchesMerged(edge)).map((edge) => [edge.id, edge]));
  const moved: MergeMoves = { repointed: [], combined: [], dropped: [], aliasesAdded: [], propertiesFilled: [] };
  const written = new Map<string, GraphEdge>();
  const combinedKept = new Map<string, GraphEdge>();

  for (const edge of [...relations].filter(touchesMerged).sort(byId)) {
    const source = edge.source === merge.id ? keep.id : edge.source;
    const target = edge.target === merge.id ? keep.id : edge.target;
    if (source === target) {
      moved.dropped.push(edge.id);
      continue;
    }
    const id = repointedId(edge, source, target);
    const repointed: GraphEdge = { ...edge, id, source, target };
    const existing = written.get(id) ?? keptRelations.get(id);
    if (existing) {
      if (keptRelations.has(id)) combinedKept.set(id, keptRelations.get(id)!);
      written.set(id, combineRelations(existing, repointed));
      moved.combined.push({ from: edge.id, into: id });
    } else {
      written.set(id, repointed);
      moved.repointed.push({ from: edge.id, to: id });
    }
  }

  const keptEntity = mergedEntity(keep, merge, moved);
  const mergedRelations = relations.filter(touchesMerged);
  const touched = [...mergedRelations, ...combinedKept.values()].sort(byId);
  const writeRelations = [...written.values()].sort(byId);
  return {
    deleteRelations: touched,
    deleteEntityId: merge.id,
    keptEntity,
    writeRelations,
    moved,
    before: { entities: [keep, merge], relations: touched },
    after: { entities: [keptEntity], relations: writeRelations },
  };
}

export function checkMergeable(keep: GraphNode, merge: GraphNode): void {
  if (keep.id === merge.id) {
    throw new InvalidInputError(`cannot merge ${keep.id} into itself`, { keep: keep.id, merge: merge.id });
  }
  if (keep.kind !== merge.kind) {
    throw new InvalidInputError(
      `cannot merge a ${merge.kind} (${merge.id}) into a ${keep.kind} (${keep.id}): only entities of one kind merge`,
      { keep: keep.id, merge: merge.id },
    );
  }
  if (keep.kind === "Source") {
    throw new InvalidInputError("sources are not merged: evidence cites them by id", {
      keep: keep.id,
      merge: merge.id,
    });
  }
}

/** Ids that name their ends (`rel:<from>><type>><to>` with an optional `|suffix`) follow the move. */
export function repointedId(edge: GraphEdge, source: string, target: string): string {
  const prefix = `rel:${edge.source}>${edge.type.toLowerCase()}>${edge.target}`;
  if (edge.id !== prefix && !edge.id.startsWith(`${prefix}|`)) return edge.id;
  return `rel:${source}>${edge.type.toLowerCase()}>${target}${edge.id.slice(prefix.length)}`;
}

/** The kept relation wins; the other adds its evidence and fills what the kept one lacks. */
function combineRelations(kept: GraphEdge, other: GraphEdge): GraphEdge {
  const seen = new Set(kept.evidence.map((item) => JSON.stringify(item)));
  const extra = other.evidence.filter((item) => !seen.has(JSON.stringify(item)));
  return {
    ...kept,
    date: kept.date ?? other.date,
    amount: kept.amount ?? other.amount,
    note: kept.note ?? other.note,
    ...(kept.attributes || other.attributes ? { attributes: { ...other.attributes, ...kept.attributes } } : {}),
    evidence: [...kept.evidence, ...extra],
  };
}

function mergedEntity(keep: GraphNode, merge: GraphNode, moved: MergeMoves): GraphNode {
  const known = new Set([keep.name, ...keep.aliases]);
  const aliases = [...keep.aliases];
  for (const alias of [merge.name, ...merge.aliases]) {
    if (known.has(alias) || aliases.length >= MAX_ALIASES) continue;
    known.add(alias);
    aliases.push(alias);
    moved.aliasesAdded.push(alias);
  }
  const properties = { ...keep.properties };
  for (const [key, value] of Object.entries(merge.properties)) {
    if (properties[key] !== undefined) continue;
    properties[key] = value;
    moved.propertiesFilled.push(key);
  }
  return { ...keep, aliases, properties };
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
