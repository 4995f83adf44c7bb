// Everything a store holds, for comparing one before and after a migration: every table's rows as the
// engine keeps them (ordered by id), and what the explorer reads through the store.
import type { EngineModule } from "./engine.js";
import type { GraphStore } from "../store.js";

export async function dumpTables(module: EngineModule, file: string) {
  const database = new module.Database(file, 64 * 1024 * 1024, true, true);
  const connection = new module.Connection(database);
  const rows = async (query: string) => {
    const result = await connection.query(query);
    const one = Array.isArray(result) ? result[0]! : result;
    const all = await one.getAll();
    one.close();
    return all;
  };
  try {
    return {
      entities: await rows("MATCH (e:Entity) RETURN e.* ORDER BY e.id"),
      relations: await rows("MATCH (a:Entity)-[r:Relation]->(b:Entity) RETURN a.id, b.id, r.* ORDER BY r.id"),
      merges: await rows("MATCH (m:MergeRecord) RETURN m.* ORDER BY m.id"),
    };
  } finally {
    await connection.close();
    await database.close();
  }
}

export async function readThroughStore(store: GraphStore) {
  const ids = await store.listEntityIds({ limit: 10_000 });
  const relations = (await Promise.all(ids.map((id) => store.relationsOf(id)))).flat();
  return {
    entities: await store.getEntities(ids),
    relations: [...new Map(relations.map((r) => [r.id, r])).values()].sort((a, b) => (a.id < b.id ? -1 : 1)),
    merges: await store.listMerges({ limit: 100 }),
  };
}
