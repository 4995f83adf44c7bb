// Test projects: "unit" (beside the code), "integration" (test/, without a database server) and "neo4j"
// (test files under test/ with "neo4j" in their path: one real Neo4j per run from the global setup, files in turn).
// The render benchmark's smoke test and the API fuzz run apart, from vitest.heavy.config.ts.
import { defineConfig } from "vitest/config";
import { HEAVY_TESTS } from "./test/support/heavy-tests.js";

const ignored = ["**/node_modules/**", "**/dist/**", "test/browser/**", "test/neo4j-launcher/**"];
const NEEDS_NEO4J = ["test/**/*neo4j*.test.ts", "test/**/*neo4j*/**/*.test.ts"];

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["graph/**/*.test.ts", "server/**/*.test.ts", "client/**/*.test.{ts,tsx}"],
          exclude: ignored,
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/**/*.test.ts"],
          exclude: [...ignored, ...NEEDS_NEO4J, ...HEAVY_TESTS],
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "neo4j",
          include: NEEDS_NEO4J,
          exclude: ignored,
          globalSetup: ["test/support/neo4j-global-setup.ts"],
          // The files share one Neo4j database and clear it, so they must not overlap.
          fileParallelism: false,
          // A cold test JVM on a busy 2-core machine needs seconds to plan each new statement.
          testTimeout: 180_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
