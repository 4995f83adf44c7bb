// What the global setup hands to test files through vitest's provide/inject: where the Neo4j for this
// test run is, or why there is none.

export interface Neo4jTestTarget {
  uri: string;
  user: string;
  password: string;
  version: string;
  via: "NEO4J_TEST_URI" | "testcontainers" | "neo4j-harness";
}

export type Neo4jTestContext = { available: true; target: Neo4jTestTarget } | { available: false; reason: string };

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jTestContext;
  }
}
