// Expected answers for the store contract, worked out from the seed graph itself (not from any store),
// so both stores are held to the same independent oracle.
import { fileURLToPath } from "node:url";
import type { Entity } from "../../graph/model/entity.js";
import type { AdjacentEdge, GraphEdge, GraphNode } from "../../graph/model/graph.js";
import type { Relation } from "../../graph/model/relation.js";
import type { EdgeFilter } from "../../graph/store.js";
import type { SeedGraph } from "../../graph/seed/index.js";
import { ENTITY_KINDS, stanceOf, type EntityKind } from "../../graph/model/vocabulary.js";

export const FIXTURE_SEED_DIR = fileURLToPath(new URL("./fixtures/seed", import.meta.url));
export const REAL_SEED_DIR = fileURLToPath(new URL("../../seeds", import.meta.url));

export const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
export const sortedById = <T extends { id: string }>(items: readonly T[]): T[] => [...items].sort(byId);
export const idsOf = (items: readonly { id: string }[]): string[] => items.map((item) => item.id).sort();

export function nodeOf(entity: Entity): GraphNode {
  return {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    aliases: entity.aliases,
    properties: entity.properties,
  };
}

export function edgeOf(relation: Relation): GraphEdge {
  return {
    id: relation.id,
    source: relation.from,
    target: relation.to,
    type: relation.type,
    stance: relation.stance,
    status: relation.status,
    date: relation.date ?? null,
    amount: relation.amount ?? null,
    note: relation.note ?? null,
    evidence: relation.evidence,
  };
}

export function lightEdgeOf(relation: Relation): AdjacentEdge {
  return { id: relation.id, source: relation.from, target: relation.to, type: relation.type };
}

export function expectedAdjacency(graph: SeedGraph, ids: readonly string[], filter: EdgeFilter): AdjacentEdge[] {
  const wanted = new Set(ids);
  const direction = filter.direction ?? "both";
  return sortedById(
    graph.relations
      .filter((r) => (direction !== "in" && wanted.has(r.from)) || (direction !== "out" && wanted.has(r.to)))
      .filter((r) => !filter.types?.length || filter.types.includes(r.type))
      .filter((r) => !filter.stances?.length || filter.stances.includes(stanceOf(r.type)))
      .map(lightEdgeOf),
  );
}

export function expectedEdges(graph: SeedGraph, keep: (relation: Relation) => boolean): GraphEdge[] {
  return sortedById(graph.relations.filter(keep).map(edgeOf));
}

/** Degree (relations touching, each once) descending, then id: the order listEntityIds promises. */
export function expectedIdsByDegree(graph: SeedGraph, kinds: readonly EntityKind[] = ENTITY_KINDS): string[] {
  const degree = new Map<string, number>();
  for (const r of graph.relations) {
    degree.set(r.from, (degree.get(r.from) ?? 0) + 1);
    degree.set(r.to, (degree.get(r.to) ?? 0) + 1);
  }
  return graph.entities
    .filter((e) => kinds.includes(e.kind))
    .map((e) => ({ id: e.id, degree: degree.get(e.id) ?? 0 }))
    .sort((a, b) => b.degree - a.degree || byId(a, b))
    .map((e) => e.id);
}

/** Counts per kind / type, present ones only, sorted by name: the shape schemaCounts promises. */
export function expectedSchemaCounts(graph: SeedGraph) {
  const tally = (values: string[]) =>
    [...values.reduce((m, v) => m.set(v, (m.get(v) ?? 0) + 1), new Map<string, number>())].sort(([a], [b]) =>
      a < b ? -1 : 1,
    );
  return {
    kinds: tally(graph.entities.map((e) => e.kind)).map(([kind, count]) => ({ kind, count })),
    relationTypes: tally(graph.relations.map((r) => r.type)).map(([type, count]) => ({ type, count })),
  };
}
