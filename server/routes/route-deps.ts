// What every route group receives from createApp.
import type { GraphStore } from "../../graph/store.js";
import type { QueryLayer } from "../query-layer.js";

export interface RouteDeps {
  store: GraphStore;
  queries: QueryLayer;
}
