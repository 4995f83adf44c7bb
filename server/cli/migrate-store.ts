// `npm run migrate-store [-- --data-dir <folder>]`: carries a store written by Kuzu 0.11 over to
// LadybugDB (see graph/kuzu/migrate-kuzu-store.ts). The folder defaults to DATA_DIR, else ./data.
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { GraphError } from "../../graph/errors.js";
import { migrateKuzuStore } from "../../graph/kuzu/migrate-kuzu-store.js";
import { readServerEnv } from "../config/env.js";

async function main() {
  const { values } = parseArgs({ options: { "data-dir": { type: "string" } } });
  const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
  const dataDir = values["data-dir"] ?? readServerEnv(process.env, repoRoot).dataDir;
  console.log(`migrating the Kuzu 0.11 store in ${dataDir} to LadybugDB…`);
  const done = await migrateKuzuStore(dataDir);
  for (const table of done.tables) console.log(`  ${table.name}: ${table.rows} rows, the same count as before`);
  console.log(`${done.fromEngine} ${done.from} → ${done.toEngine} ${done.to}`);
  console.log(`${done.from} is left as it was; delete it once the explorer shows your data.`);
}

main().catch((error: unknown) => {
  console.error(`Cannot migrate: ${error instanceof GraphError ? error.message : String(error)}`);
  process.exit(1);
});
