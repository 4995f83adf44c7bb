// Run with tsx in a child process by migrate-kuzu-store.test.ts, since Kuzu 0.11 and LadybugDB cannot
// share a process: `write <dataDir>` makes a Kuzu 0.11 store through this adapter (seeds, awkward text,
// an undirected relation, a merge); `dump <dataDir>` prints every table's rows and what the store reads.
import path from "node:path";
import { FIXTURE_SEED_DIR } from "../../test/contract/contract-expectations.js";
import { importSeedFolder } from "../import/index.js";
import { toRelation } from "../model/relation.js";
import { dumpTables, readThroughStore } from "./store-dump.test-support.js";
import { databaseFileOf, loadEmbeddedEngine } from "./engine.js";
import { createKuzuStore } from "./kuzu-store.js";

const AWKWARD = 'Müller, "Bau" & Söhne\nzweite Zeile \\ ; \' — 日本';
const POOL = 64 * 1024 * 1024;
const [command, dataDir] = process.argv.slice(2);

async function write(dir: string): Promise<void> {
  const store = await createKuzuStore({ dataDir: dir, engine: "kuzu-0.11", bufferPoolBytes: POOL });
  await importSeedFolder(store, FIXTURE_SEED_DIR);
  await store.upsertEntities([
    { id: "org:awkward", kind: "Organization", name: AWKWARD, aliases: ["a,b", 'q"q'], properties: {} },
    { id: "org:awkward-twin", kind: "Organization", name: "Awkward twin", aliases: [], properties: {} },
  ]);
  await store.upsertRelations([
    toRelation({
      type: "PARTNERS_WITH",
      from: "org:awkward",
      to: "org:microsoft",
      status: "reported",
      directed: false,
      evidence: [{ source: "src:one", paragraph: 2, summary: AWKWARD }],
    }),
  ]);
  await store.mergeEntities({ keep: "org:awkward", merge: "org:awkward-twin", reason: AWKWARD, by: "test" });
  await store.close();
}

async function dump(dir: string): Promise<unknown> {
  const store = await createKuzuStore({ dataDir: dir, engine: "kuzu-0.11", bufferPoolBytes: POOL });
  const read = await readThroughStore(store);
  await store.close();
  const { module } = await loadEmbeddedEngine("kuzu-0.11");
  return { tables: await dumpTables(module, path.join(dir, databaseFileOf("kuzu-0.11"))), read };
}

if (command === "write") await write(dataDir!);
else process.stdout.write(JSON.stringify(await dump(dataDir!)) + "\n");
// Kuzu 0.11 may crash while the process exits; everything is written by now.
process.exit(0);
