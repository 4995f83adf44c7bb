// The shape of the whole graph in memory: every relation's id, ends, type, status and period, indexed by entity. Kuzu
// cannot index a relationship property and answers a walk one level at a time in tens of milliseconds,
// so the store keeps this (loaded once, updated with each committed write) for adjacency, id lookups and
// the relation ends the walk index (graph/walk-index/) is built from.
import type { AdjacentEdge } from "../model/graph.js";
import { stanceOf } from "../model/vocabulary.js";
import type { EdgeFilter, RelationEnd } from "../store.js";
import { factsTestOf, type EdgeFacts } from "../queries/edge-facts.js";

const byId = (a: AdjacentEdge, b: AdjacentEdge) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export class Topology {
  private readonly edges = new Map<string, AdjacentEdge>();
  /** Status and period by relation id, apart from the light edges the adjacency reads answer with. */
  private readonly facts: Map<string, EdgeFacts>;
  private readonly incident = new Map<string, AdjacentEdge[]>();
  /** Entities whose incident list gained an edge since it was last sorted. */
  private readonly unsorted = new Set<string>();

  /** `facts` is adopted, not copied: the loader builds it for this topology alone. */
  constructor(edges: Iterable<AdjacentEdge> = [], facts = new Map<string, EdgeFacts>()) {
    this.facts = facts;
    for (const edge of edges) this.upsert(edge, facts.get(edge.id));
  }

  get size(): number {
    return this.edges.size;
  }

  get(id: string): AdjacentEdge | undefined {
    return this.edges.get(id);
  }

  /** Every relation with its status and period, as fresh plain objects (in no particular order). */
  relationEnds(): RelationEnd[] {
    const ends: RelationEnd[] = [];
    for (const edge of this.edges.values()) {
      const facts = this.facts.get(edge.id);
      if (facts) ends.push({ ...edge, ...facts });
    }
    return ends;
  }

  /** Adds a relation, or moves one that exists under this id to its new ends, type and facts. */
  upsert(edge: AdjacentEdge, facts?: EdgeFacts): void {
    const before = this.edges.get(edge.id);
    if (before) this.detach(before);
    this.edges.set(edge.id, edge);
    if (facts) this.facts.set(edge.id, facts);
    else this.facts.delete(edge.id);
    this.attach(edge.source, edge);
    if (edge.target !== edge.source) this.attach(edge.target, edge);
  }

  delete(id: string): void {
    const before = this.edges.get(id);
    if (!before) return;
    this.detach(before);
    this.edges.delete(id);
    this.facts.delete(id);
  }

  /** Every relation touching the entity, sorted by id. */
  incidentTo(id: string): readonly AdjacentEdge[] {
    const list = this.incident.get(id);
    if (!list) return [];
    if (this.unsorted.delete(id)) list.sort(byId);
    return list;
  }

  /** What the store's adjacency query answers: relations touching the ids, filtered, each once, by id. */
  adjacency(ids: readonly string[], filter: EdgeFilter): AdjacentEdge[] {
    const keep = edgeTest(filter, this.facts);
    const wanted = new Set(ids);
    const found = new Map<string, AdjacentEdge>();
    for (const id of wanted) {
      for (const edge of this.incidentTo(id)) {
        if (!keep || keep(id, edge)) found.set(edge.id, edge);
      }
    }
    const result = [...found.values()];
    return wanted.size > 1 ? result.sort(byId) : result;
  }

  /** Relations with both ends among the ids (of the filter's types and stances), sorted by id. */
  among(ids: readonly string[], filter: Pick<EdgeFilter, "types" | "stances"> = {}): AdjacentEdge[] {
    const keep = edgeTest(filter, this.facts);
    const wanted = new Set(ids);
    const found = new Map<string, AdjacentEdge>();
    for (const id of wanted) {
      for (const edge of this.incidentTo(id)) {
        if (wanted.has(edge.source) && wanted.has(edge.target) && (!keep || keep(id, edge))) found.set(edge.id, edge);
      }
    }
    return [...found.values()].sort(byId);
  }

  /** Appending in id order (as the store exports relations) keeps a list sorted without sorting it. */
  private attach(node: string, edge: AdjacentEdge): void {
    const list = this.incident.get(node);
    if (!list) return void this.incident.set(node, [edge]);
    if (list[list.length - 1]!.id > edge.id) this.unsorted.add(node);
    list.push(edge);
  }

  private detach(edge: AdjacentEdge): void {
    for (const node of edge.source === edge.target ? [edge.source] : [edge.source, edge.target]) {
      const list = this.incident.get(node);
      if (!list) continue;
      const index = list.findIndex((other) => other.id === edge.id);
      if (index >= 0) list.splice(index, 1);
      if (list.length === 0) {
        this.incident.delete(node);
        this.unsorted.delete(node);
      }
    }
  }
}

/** Whether an edge touching `id` passes the filter; undefined when the filter keeps every edge. */
function edgeTest(
  filter: EdgeFilter,
  facts: ReadonlyMap<string, EdgeFacts>,
): ((id: string, edge: AdjacentEdge) => boolean) | undefined {
  const types = filter.types?.length ? new Set<string>(filter.types) : null;
  const excluded = filter.excludeTypes?.length ? new Set<string>(filter.excludeTypes) : null;
  const stances = filter.stances?.length ? new Set<string>(filter.stances) : null;
  const factsPass = factsTestOf(filter);
  const direction = filter.direction ?? "both";
  if (!types && !excluded && !stances && !factsPass && direction === "both") return undefined;
  return (id, edge) =>
    !(direction === "out" && edge.source !== id && edge.directed !== false) &&
    !(direction === "in" && edge.target !== id && edge.directed !== false) &&
    !(types && !types.has(edge.type)) &&
    !(excluded && excluded.has(edge.type)) &&
    !(stances && !stances.has(stanceOf(edge.type))) &&
    !(factsPass && !factsPass(facts.get(edge.id)));
}
