// The graph's shape numbered for walks: entities and relations as integers, each entity's incident
// relations in one flat typed array (compressed sparse rows). A breadth-first search over a million
// relations then reads arrays instead of hashing strings, which is what makes paths on big graphs fast.
import type { AdjacentEdge } from "../model/graph.js";
import { RELATION_STATUSES, RELATION_TYPES, stanceOf } from "../model/vocabulary.js";
import { factsTestOf, type EdgeFacts } from "../queries/edge-facts.js";
import type { WalkDirection } from "../queries/walk.js";
import type { EdgeFilter } from "../store.js";

/** Bits of a slot's `way`: the entity is the relation's source (an outward step), its target (inward). */
export const WAY_OUT = 1;
export const WAY_IN = 2;

/** Which ways a walk in this direction may leave an entity over a relation. */
export const WAYS: Record<WalkDirection, number> = { out: WAY_OUT, in: WAY_IN, both: WAY_OUT | WAY_IN };

const TYPE_CODE = new Map<string, number>(RELATION_TYPES.map((type, i) => [type, i]));
const STATUS_CODE = new Map<string, number>(RELATION_STATUSES.map((status, i) => [status, i]));
/** The status code of a relation whose facts the index was not given: it passes no status filter. */
const UNKNOWN_STATUS = RELATION_STATUSES.length;

export class WalkIndex {
  readonly nodeIds: string[] = [];
  readonly edges: readonly AdjacentEdge[];
  /** Entity i's incident relations are slots first[i] up to first[i + 1]. */
  readonly first: Int32Array;
  /** Per slot: the relation's number, the entity at its other end, and the ways it may be walked. */
  readonly slotEdge: Int32Array;
  readonly slotOther: Int32Array;
  readonly slotWay: Uint8Array;
  /** Per relation: its type's position in RELATION_TYPES. */
  readonly edgeType: Uint8Array;
  /** Per relation: its status's position in RELATION_STATUSES (UNKNOWN_STATUS without facts). */
  readonly edgeStatus: Uint8Array;
  /** Per relation: its facts, shared objects (see createFactsInterner), for date filters. */
  private readonly edgeFacts: (EdgeFacts | undefined)[];
  private readonly numberOf = new Map<string, number>();
  /** Built the first time a relation is looked up by id. */
  private edgeById: Map<string, AdjacentEdge> | undefined;

  /** `factsOf` gives each relation's status and period, for status and date filters. */
  constructor(edges: Iterable<AdjacentEdge>, factsOf: (id: string) => EdgeFacts | undefined = () => undefined) {
    this.edges = [...edges];
    this.edgeFacts = new Array<EdgeFacts | undefined>(this.edges.length);
    const ends = new Int32Array(this.edges.length * 2);
    this.edgeType = new Uint8Array(this.edges.length);
    this.edgeStatus = new Uint8Array(this.edges.length);
    const degree: number[] = [];
    this.edges.forEach((edge, e) => {
      const source = this.intern(edge.source);
      const target = this.intern(edge.target);
      ends[2 * e] = source;
      ends[2 * e + 1] = target;
      this.edgeType[e] = TYPE_CODE.get(edge.type) ?? 0;
      const facts = factsOf(edge.id);
      this.edgeFacts[e] = facts;
      this.edgeStatus[e] = STATUS_CODE.get(facts?.status ?? "") ?? UNKNOWN_STATUS;
      degree[source] = (degree[source] ?? 0) + 1;
      if (target !== source) degree[target] = (degree[target] ?? 0) + 1;
    });

    const nodeCount = this.nodeIds.length;
    this.first = new Int32Array(nodeCount + 1);
    for (let i = 0; i < nodeCount; i++) this.first[i + 1] = this.first[i]! + degree[i]!;
    const slots = this.first[nodeCount]!;
    this.slotEdge = new Int32Array(slots);
    this.slotOther = new Int32Array(slots);
    this.slotWay = new Uint8Array(slots);
    const next = this.first.slice(0, nodeCount);
    for (let e = 0; e < this.edges.length; e++) {
      const source = ends[2 * e]!;
      const target = ends[2 * e + 1]!;
      if (source === target) {
        this.place(next[source]!++, e, source, WAY_OUT | WAY_IN);
        continue;
      }
      const both = this.edges[e]!.directed === false;
      this.place(next[source]!++, e, target, both ? WAY_OUT | WAY_IN : WAY_OUT);
      this.place(next[target]!++, e, source, both ? WAY_OUT | WAY_IN : WAY_IN);
    }
  }

  get nodeCount(): number {
    return this.nodeIds.length;
  }

  /** The entity's number, or undefined when no relation touches it. */
  numberOfNode(id: string): number | undefined {
    return this.numberOf.get(id);
  }

  /** The relation's number, found among its source's slots; undefined when the index lacks it. */
  numberOfEdge(id: string): number | undefined {
    this.edgeById ??= new Map(this.edges.map((edge) => [edge.id, edge]));
    const edge = this.edgeById.get(id);
    const source = edge && this.numberOf.get(edge.source);
    if (source === undefined) return undefined;
    for (let slot = this.first[source]!, last = this.first[source + 1]!; slot < last; slot++) {
      if (this.edges[this.slotEdge[slot]!]!.id === id) return this.slotEdge[slot];
    }
    return undefined;
  }

  /** Which relation types a filter lets a walk follow, by type code; undefined when it keeps them all. */
  typesAllowedBy(filter: Pick<EdgeFilter, "types" | "stances" | "excludeTypes">): Uint8Array | undefined {
    const types = filter.types?.length ? new Set<string>(filter.types) : null;
    const excluded = filter.excludeTypes?.length ? new Set<string>(filter.excludeTypes) : null;
    const stances = filter.stances?.length ? new Set<string>(filter.stances) : null;
    if (!types && !stances && !excluded) return undefined;
    return Uint8Array.from(RELATION_TYPES, (type) =>
      (!types || types.has(type)) && !excluded?.has(type) && (!stances || stances.has(stanceOf(type))) ? 1 : 0,
    );
  }

  /**
   * Which relations a filter's statuses and date let a walk follow, by relation number; undefined when
   * it asks nothing of them. A status-only filter reads the status codes; a date tests each distinct
   * status and period once per query.
   */
  edgesAllowedBy(filter: Pick<EdgeFilter, "statuses" | "at" | "includeUndated">): Uint8Array | undefined {
    const test = factsTestOf(filter);
    if (!test) return undefined;
    if (filter.at === undefined) {
      const statuses = new Set<string>(filter.statuses);
      const allowed = Uint8Array.from(RELATION_STATUSES, (status) => (statuses.has(status) ? 1 : 0));
      return this.edgeStatus.map((code) => allowed[code] ?? 0);
    }
    // Relations share their facts objects, so each distinct status and period is tested once.
    const passes = new Map<EdgeFacts | undefined, number>();
    return Uint8Array.from(this.edgeFacts, (facts) => {
      let pass = passes.get(facts);
      if (pass === undefined) passes.set(facts, (pass = test(facts) ? 1 : 0));
      return pass;
    });
  }

  private intern(id: string): number {
    let number = this.numberOf.get(id);
    if (number === undefined) {
      number = this.nodeIds.length;
      this.numberOf.set(id, number);
      this.nodeIds.push(id);
    }
    return number;
  }

  private place(slot: number, edge: number, other: number, way: number): void {
    this.slotEdge[slot] = edge;
    this.slotOther[slot] = other;
    this.slotWay[slot] = way;
  }
}
