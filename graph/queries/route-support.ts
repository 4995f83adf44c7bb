// How well a route is established, and the order routes rank in: fewer hops first, then the weakest
// step's status (confirmed, reported, the rest), then fewer unconfirmed steps, then more independent
// sources, then entity ids and relation ids, so every store ranks alike (see docs/paths.md).
import type { GraphEdge } from "../model/graph.js";
import { statusRank } from "../model/support.js";
import type { RelationStatus } from "../model/vocabulary.js";
import { compareIdLists } from "./walk.js";

export type StepSupport = {
  /** The status of the step's best-supported relation. */
  status: RelationStatus;
  /** How many parallel relations the step folds. */
  relations: number;
  /** Distinct sources citing any of them. */
  sourceIds: string[];
};

export type PathSupport = {
  /** The status of the least established step. */
  weakestStatus: RelationStatus;
  /** Steps whose best relation is not confirmed. */
  unconfirmedSteps: number;
  /** Distinct sources citing the route's relations: how many reports it stands on. */
  independentSources: number;
  sourceIds: string[];
};

/** A route with its steps' relations, each step best-supported first. */
export interface SupportedRoute {
  nodeIds: string[];
  steps: GraphEdge[][];
  support: PathSupport;
}

const sourcesOf = (edges: readonly GraphEdge[]) =>
  [...new Set(edges.flatMap((edge) => edge.evidence.map((item) => item.source)))].sort();

/** Stronger status first, then more distinct sources, then id. */
export function bestSupportedFirst(edges: readonly GraphEdge[]): GraphEdge[] {
  return [...edges].sort(
    (a, b) =>
      statusRank(a.status) - statusRank(b.status) ||
      sourcesOf([b]).length - sourcesOf([a]).length ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Of a step whose relations are best-supported first. */
export function stepSupportOf(step: readonly GraphEdge[]): StepSupport {
  return { status: step[0]!.status, relations: step.length, sourceIds: sourcesOf(step) };
}

export function pathSupportOf(steps: readonly (readonly GraphEdge[])[]): PathSupport {
  const statuses = steps.map((step) => step[0]!.status);
  const weakestStatus = statuses.reduce<RelationStatus>(
    (weakest, status) => (statusRank(status) > statusRank(weakest) ? status : weakest),
    "confirmed",
  );
  const sourceIds = sourcesOf(steps.flat());
  return {
    weakestStatus,
    unconfirmedSteps: statuses.filter((status) => status !== "confirmed").length,
    independentSources: sourceIds.length,
    sourceIds,
  };
}

export function compareSupportedRoutes(a: SupportedRoute, b: SupportedRoute): number {
  return (
    a.steps.length - b.steps.length ||
    statusRank(a.support.weakestStatus) - statusRank(b.support.weakestStatus) ||
    a.support.unconfirmedSteps - b.support.unconfirmedSteps ||
    b.support.independentSources - a.support.independentSources ||
    compareIdLists(a.nodeIds, b.nodeIds) ||
    compareIdLists(
      a.steps.map((step) => step[0]!.id),
      b.steps.map((step) => step[0]!.id),
    )
  );
}
