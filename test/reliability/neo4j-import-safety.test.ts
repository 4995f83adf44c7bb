// Import safety on the run's Neo4j (see support/import-safety-suite.ts): in process, and through the CLI
// with NEO4J_URI pointing at the same database.
import { importSeedFolder } from "../../graph/import/index.js";
import type { GraphStore } from "../../graph/store.js";
import { SEED_DIR } from "../http/support/kuzu-test-graph.js";
import { createTestNeo4jStore, describeWithNeo4j } from "../support/neo4j-for-tests.js";
import { cliImport, importSafetySuite } from "./support/import-safety-suite.js";
import { fingerprintOf } from "./support/store-fingerprint.js";

describeWithNeo4j("Neo4j imports", (target) => {
  let store: GraphStore | undefined;
  const theStore = async () => (store ??= await createTestNeo4jStore());

  importSafetySuite({
    store: "neo4j",
    async seeded() {
      const seeded = await theStore();
      if ((await seeded.counts()).entities === 0) await importSeedFolder(seeded, SEED_DIR);
      return seeded;
    },
    async empty() {
      const empty = await theStore();
      await empty.clear();
      return empty;
    },
    async cliImport(dir) {
      const seeded = await theStore();
      await seeded.clear();
      await importSeedFolder(seeded, SEED_DIR);
      const before = await fingerprintOf(seeded);
      const { code, stderr } = await cliImport(dir, {
        NEO4J_URI: target.uri,
        NEO4J_USER: target.user,
        NEO4J_PASSWORD: target.password,
      });
      return { code, stderr, before, after: await fingerprintOf(seeded) };
    },
    close: async () => store?.close(),
  });
});
