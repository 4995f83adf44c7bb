// What every route group receives from createApp.
import type { GraphStore } from "../../graph/store.js";
import type { QueryLayer } from "../query-layer.js";

export interface RouteDeps {
  store: GraphStore;
  queries: QueryLayer;
  /** With API_TOKEN set: a change names its author (`by`), never recorded as anonymous. */
  authorRequired?: boolean;
}
