// The shapes the explorer's HTTP API answers with, inferred from the server's wire schemas. The import
// is type-only, so the build erases it and zod stays out of the bundle, while a change to the wire
// breaks the type check here instead of drifting from it. Request shapes the client builds follow.
import type { z } from "zod";
import type { SupportLevel } from "../../../graph/model/support.js";
import type { RelationStatus, RelationType, Stance } from "../../../graph/model/vocabulary-constants.js";
import type * as Wire from "../../../server/http/wire-schemas.js";

export type Graph = z.infer<typeof Wire.Graph>;
export type GraphNode = z.infer<typeof Wire.GraphNode>;
export type GraphEdge = z.infer<typeof Wire.GraphEdge>;

export type HealthOk = z.infer<typeof Wire.HealthOk>;

export type SearchResponse = z.infer<typeof Wire.SearchResponse>;
export type SearchHit = SearchResponse["results"][number];

export type EntityResponse = z.infer<typeof Wire.EntityResponse>;

/** The part of NeighborSummary the details panel reads; normalize.ts fills it from the answer. */
export type NeighborSummary = Pick<z.infer<typeof Wire.NeighborSummary>, "id" | "total" | "counts">;
/** One row of NeighborSummary: how many neighbours a relation type leads to, in one direction. */
export type NeighborCount = NeighborSummary["counts"][number];

export type NeighborsResponse = z.infer<typeof Wire.NeighborsResponse>;

/** The parts of a path step the client shows; normalize.ts fills them from the answer. */
export type PathStep = Pick<z.infer<typeof Wire.PathStep>, "from" | "to" | "edgeId" | "text"> & {
  /** Every relation between the step's two entities that the query admits, the strongest first. */
  edgeIds: string[];
};
/** A path as the client keeps it: the wire's FoundPath with the steps above; its support is counted from its edges. */
export type FoundPath = Omit<z.infer<typeof Wire.FoundPath>, "steps" | "text" | "support"> & { steps: PathStep[] };

export type SchemaResponse = z.infer<typeof Wire.SchemaResponse>;

export type CypherResponse = z.infer<typeof Wire.CypherResponse>;

export type SourceResponse = z.infer<typeof Wire.SourceResponse>;

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
  /** Never these types, whatever `types` says. */
  excludeTypes?: readonly RelationType[];
  /** The weakest status every step may have. */
  support?: SupportLevel;
  /** Only relations of these statuses. */
  statuses?: readonly RelationStatus[];
  /** Only relations valid at this partial ISO date. */
  at?: string;
  /** Each step no earlier than the one before. */
  chronological?: boolean;
}
