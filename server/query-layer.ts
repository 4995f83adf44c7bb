// What the server and the CLI use from graph/queries: one name for the query layer's type, so routes
// and commands are checked against what createGraphQueries really returns.
import type { FoundPath, GraphQueries } from "../graph/queries/index.js";

export type QueryLayer = GraphQueries;
export type { FoundPath };
