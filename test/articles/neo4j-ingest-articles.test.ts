// Article ingestion on the run's Neo4j, per corpus (see support/ingest-articles-suite.ts).
import { SEED_ARTICLES, TEST_ARTICLES } from "../fixtures/articles/article-corpora.js";
import { createTestNeo4jStore, describeWithNeo4j } from "../support/neo4j-for-tests.js";
import { ingestArticlesSuite } from "./support/ingest-articles-suite.js";

describeWithNeo4j("Neo4j article ingestion", () => {
  for (const corpus of [TEST_ARTICLES, SEED_ARTICLES]) {
    ingestArticlesSuite(
      "Neo4j",
      corpus,
      () => createTestNeo4jStore(),
      (store) => store.close(),
    );
  }
});
