// The shapes the explorer's HTTP API answers with, as the client reads them. Graph parts come from the
// shared domain model; the rest mirrors the API contract.
import type {
  EntityKind,
  Graph,
  GraphEdge,
  GraphNode,
  RelationType,
  SourceText,
  Stance,
} from "../../../graph/model/index.js";

export type { Graph, GraphEdge, GraphNode };

export interface Health {
  status: string;
  store: string;
  entities: number;
  relations: number;
}

export interface SearchHit {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  score: number;
}

export interface EntityDetails {
  entity: GraphNode;
  relations: GraphEdge[];
}

/** One row of an entity's neighbour counts: how many neighbours a relation type leads to. */
export interface NeighbourCount {
  type: RelationType;
  stance: Stance;
  direction: "out" | "in";
  count: number;
}

export interface EntitySummary {
  id: string;
  total: number;
  counts: NeighbourCount[];
}

export type NeighbourhoodGraph = Graph & { truncated: boolean; total: number };

/** One step of a path, as the server tells it: who, which relation, whom. */
export interface PathStep {
  from: string;
  to: string;
  edgeId: string;
  text: string;
}

export type PathResult = Graph & { length: number; nodeIds: string[]; edgeIds: string[]; steps: PathStep[] };

export interface Schema {
  kinds: { kind: EntityKind; count: number }[];
  relationTypes: { type: RelationType; stance: Stance; count: number }[];
}

export interface CypherAnswer {
  columns: string[];
  rows: unknown[][];
  graph: Graph;
  truncated: boolean;
}

export interface SourceSupports {
  source: GraphNode;
  supports: GraphEdge[];
  /** The source's MENTIONS: the entities the article names. */
  mentions: GraphEdge[];
  /** Sentences by paragraph when the article was ingested, else null. */
  text: SourceText | null;
}

export interface NeighbourQuery {
  depth?: number;
  types?: readonly RelationType[];
  stances?: readonly Stance[];
  limit?: number;
}

export interface PathQuery {
  from: string;
  to: string;
  via?: string | null;
  maxHops?: number;
  types?: readonly RelationType[];
  stances?: readonly Stance[];
  k?: number;
}
