// Where an import or a benchmark server points: a Kuzu folder or a Neo4j server.

export type ImportTarget =
  | { store: "kuzu"; dataDir: string; bufferPoolBytes?: number }
  | { store: "neo4j"; uri: string; user: string; password: string };

/** Kuzu's buffer pool for the benchmark: a bulk load of 1M relations does not fit the 512 MiB default. */
export const BENCH_KUZU_BUFFER_POOL_BYTES = 2 * 1024 ** 3;
