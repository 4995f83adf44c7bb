// The Kuzu side of migrate-kuzu-store.ts, in a process of its own: Kuzu 0.11 and LadybugDB crash when
// both native modules are loaded into one process (they share symbol names). Opens the Kuzu file
// read-only, counts every table, runs EXPORT DATABASE into the given folder, and prints
// {version, tables} as JSON. Plain JavaScript, so it starts without a TypeScript loader.
import kuzu from "kuzu";

const [file, folder] = process.argv.slice(2);
const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

async function rows(connection, statement) {
  const result = await connection.query(statement);
  const list = Array.isArray(result) ? result : [result];
  const all = [];
  for (const one of list) for (const row of await one.getAll()) all.push(row);
  for (const one of list) one.close();
  return all;
}

const database = new kuzu.Database(file, 512 * 1024 * 1024, true, true);
await database.init();
const connection = new kuzu.Connection(database);
const tables = [];
for (const table of await rows(connection, "CALL show_tables() RETURN name, type")) {
  const name = String(table.name);
  // Table names cannot be parameters; they come from the store's own catalogue and are checked here.
  if (!TABLE_NAME.test(name)) throw new Error(`Unexpected table name ${name}`);
  const pattern = String(table.type).toUpperCase() === "NODE" ? `(n:${name})` : `()-[n:${name}]->()`;
  const [row] = await rows(connection, `MATCH ${pattern} RETURN count(n) AS rows`);
  tables.push({ name, rows: Number(row?.rows ?? 0) });
}
await rows(connection, `EXPORT DATABASE '${folder}'`);
await connection.close();
await database.close();
process.stdout.write(JSON.stringify({ version: kuzu.VERSION, tables }) + "\n");
// Kuzu 0.11 may crash while the process exits; everything is written by now.
process.exit(0);
