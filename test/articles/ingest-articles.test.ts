// Article ingestion on a fresh Kuzu store per corpus (see support/ingest-articles-suite.ts).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createKuzuStore } from "../../graph/kuzu/index.js";
import type { GraphStore } from "../../graph/store.js";
import { SEED_ARTICLES, TEST_ARTICLES } from "../fixtures/articles/article-corpora.js";
import { ingestArticlesSuite } from "./support/ingest-articles-suite.js";

const dirs = new Map<GraphStore, string>();

async function openKuzu(): Promise<GraphStore> {
  const dir = await mkdtemp(join(tmpdir(), "ingest-articles-"));
  const store = await createKuzuStore({ dataDir: dir });
  dirs.set(store, dir);
  return store;
}

async function closeKuzu(store: GraphStore): Promise<void> {
  await store.close();
  await rm(dirs.get(store)!, { recursive: true, force: true });
}

for (const corpus of [TEST_ARTICLES, SEED_ARTICLES]) ingestArticlesSuite("Kuzu", corpus, openKuzu, closeKuzu);
