// What a test file uses to reach the run's Neo4j: describeWithNeo4j (skips loudly without one, never
// under CI) and createTestNeo4jStore, a store on an empty database with its schema in place.
import { describe, inject, it } from "vitest";
import { createNeo4jStore, type Neo4jStoreConfig } from "../../graph/neo4j/index.js";
import type { GraphStore } from "../../graph/store.js";
import type { Neo4jTestContext, Neo4jTestTarget } from "./neo4j-context.js";

function context(): Neo4jTestContext {
  const provided = inject("neo4j");
  if (!provided) {
    throw new Error(
      'No Neo4j was provided to this test file: a test file that needs Neo4j must have "neo4j" in its path ' +
        'under test/ (e.g. test/http/neo4j-faults.test.ts) so it runs in the vitest project "neo4j"; see vitest.config.ts.',
    );
  }
  return provided;
}

/** The run's Neo4j, or undefined (with the reason) when there is none outside CI. */
export function neo4jTestTarget(): Neo4jTestTarget | undefined {
  const provided = context();
  return provided.available ? provided.target : undefined;
}

/** describe() for cases that need Neo4j: skipped with a visible reason when none is available. */
export function describeWithNeo4j(name: string, body: (target: Neo4jTestTarget) => void): void {
  const provided = context();
  if (provided.available) {
    describe(name, () => body(provided.target));
    return;
  }
  console.warn(`SKIPPED "${name}": no Neo4j for tests (${provided.reason.split("\n", 1)[0]})`);
  describe.skip(name, () => it(`needs Neo4j: ${provided.reason.split("\n", 1)[0]}`, () => undefined));
}

export function neo4jStoreConfig(target: Neo4jTestTarget, overrides: Partial<Neo4jStoreConfig> = {}): Neo4jStoreConfig {
  return { uri: target.uri, user: target.user, password: target.password, ...overrides };
}

/**
 * A store on the run's Neo4j with its schema in place and every node deleted. Test files run one after
 * another in the vitest project "neo4j" (see vitest.config.ts), so clearing cannot pull data from under
 * another file.
 */
export async function createTestNeo4jStore(overrides: Partial<Neo4jStoreConfig> = {}): Promise<GraphStore> {
  const target = neo4jTestTarget();
  if (!target) throw new Error("createTestNeo4jStore needs a Neo4j; wrap the tests in describeWithNeo4j()");
  // A cold test JVM on a busy 2-core machine plans each new statement slowly: the first import of the
  // seeds can take longer than the 15 s a production transaction gets.
  const store = createNeo4jStore(neo4jStoreConfig(target, { transactionTimeoutMs: 120_000, ...overrides }));
  await store.ensureSchema();
  await store.clear();
  return store;
}
