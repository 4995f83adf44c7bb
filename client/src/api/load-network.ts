// Loads the network for the first screen: the most connected entities and the relations among them,
// with the store's size, so the explorer can say how much of the store it shows.
import type { EntityKind } from "../../../graph/model/index.js";
import type { Api } from "./client.js";
import type { NeighborsResponse } from "./types.js";

export const OVERVIEW_LIMIT = 500;

export interface LoadedNetwork {
  graph: NeighborsResponse;
  store: { entities: number; relations: number };
}

export async function loadNetwork(
  api: Api,
  limit = OVERVIEW_LIMIT,
  kinds?: readonly EntityKind[],
): Promise<LoadedNetwork> {
  const [graph, health] = await Promise.all([api.overview(limit, kinds), api.health()]);
  return { graph, store: { entities: health.entities, relations: health.relations } };
}
