// Where an import or a benchmark server points: an embedded store's folder (LadybugDB unless `engine`
// names Kuzu 0.11) or a Neo4j server.
import type { EmbeddedEngineName } from "../../graph/kuzu/index.js";

export type ImportTarget =
  | { store: "kuzu"; dataDir: string; bufferPoolBytes?: number; engine?: EmbeddedEngineName }
  | { store: "neo4j"; uri: string; user: string; password: string };

/** The embedded engines' buffer pool for the benchmark: a bulk load of 1M relations does not fit the 512 MiB default. */
export const BENCH_KUZU_BUFFER_POOL_BYTES = 2 * 1024 ** 3;
