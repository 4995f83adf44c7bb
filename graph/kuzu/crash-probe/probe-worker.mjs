// The crash probe's child process: an empty Kuzu database with the store's schema, where each console
// query is planned (EXPLAIN, with its parameters) before the real store runs it. Kuzu 0.11 crashes the
// whole process on some queries while binding them (nodes(NULL), copy_json(), …); here that kills only
// this child, and the parent refuses the query. Plain JavaScript, so it starts without a TypeScript loader.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import kuzu from "kuzu";

const dir = mkdtempSync(join(tmpdir(), "kuzu-crash-probe-"));
const database = new kuzu.Database(join(dir, "probe.kuzu"), 64 * 1024 * 1024);
const connection = new kuzu.Connection(database);
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
    // A query Kuzu refuses is not a crash: the real run will give the user Kuzu's own message.
  }
  process.send({ id: message.id });
});
process.send({ ready: true });
