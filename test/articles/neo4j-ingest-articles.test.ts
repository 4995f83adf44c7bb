// Article ingestion on the run's Neo4j (see support/ingest-articles-suite.ts).
import type { GraphStore } from "../../graph/store.js";
import { createTestNeo4jStore, describeWithNeo4j } from "../support/neo4j-for-tests.js";
import { ingestArticlesSuite } from "./support/ingest-articles-suite.js";

describeWithNeo4j("Neo4j article ingestion", () => {
  let store: GraphStore | undefined;
  ingestArticlesSuite(
    "Neo4j",
    async () => (store = await createTestNeo4jStore()),
    async () => store?.close(),
  );
});
