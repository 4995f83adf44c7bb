// The crash probe's child process: an empty database of the store's engine (the package named by its
// first argument) with the store's schema, where each console query is planned (EXPLAIN, with its
// parameters) before the real store runs it. The engine crashes the whole process on some queries while
// binding them (nodes(NULL), …); here that kills only this child, and the parent refuses the query.
// Plain JavaScript, so it starts without a TypeScript loader.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const engine = (await import(process.argv[2] ?? "@ladybugdb/core")).default;
const dir = mkdtempSync(join(tmpdir(), "engine-crash-probe-"));
const database = new engine.Database(join(dir, "probe.db"), 64 * 1024 * 1024);
const connection = new engine.Connection(database);
const removeDir = () => rmSync(dir, { recursive: true, force: true });
process.on("exit", removeDir);
process.on("disconnect", () => process.exit(0));

async function plan(query, params) {
  const statement = await connection.prepare(`EXPLAIN ${query}`);
  if (!statement.isSuccess()) return;
  const result = await connection.execute(statement, params);
  for (const one of Array.isArray(result) ? result : [result]) one.close();
}

process.on("message", async (message) => {
  try {
    if (message.kind === "schema") {
      for (const statement of message.statements) (await connection.query(statement)).close();
    } else {
      await plan(message.query, message.params);
    }
  } catch {
    // A query the engine refuses is not a crash: the real run will give the user Kuzu's own message.
  }
  process.send({ id: message.id });
});
process.send({ ready: true });
