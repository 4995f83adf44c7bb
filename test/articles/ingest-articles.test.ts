// Article ingestion on a fresh Kuzu store (see support/ingest-articles-suite.ts).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createKuzuStore } from "../../graph/kuzu/index.js";
import type { GraphStore } from "../../graph/store.js";
import { ingestArticlesSuite } from "./support/ingest-articles-suite.js";

let dir: string | undefined;
let store: GraphStore | undefined;

ingestArticlesSuite(
  "Kuzu",
  async () => {
    dir = await mkdtemp(join(tmpdir(), "ingest-articles-"));
    store = await createKuzuStore({ dataDir: dir });
    return store;
  },
  async () => {
    await store?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  },
);
