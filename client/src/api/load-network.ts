// Loads the network for the first screen: the most connected entities and the relations among them.
import type { Api } from "./client.js";
import type { Graph } from "./types.js";

const LIMIT = 500;

export function loadNetwork(api: Api): Promise<Graph> {
  return api.overview(LIMIT);
}
