// Run by engine-probes.test.ts as `node engine-probes.test-support.mjs <package> <folder>` (Kuzu 0.11 and
// LadybugDB cannot share a process): the write and read patterns behind three Kuzu 0.11 workarounds, on a
// store filled by COPY as our bulk load fills it, straight on the engine's API (no workaround in between).
// Prints one JSON line: for each probe, the rows that came back wrong (none when the engine got it right).
import { writeFileSync } from "node:fs";
import path from "node:path";

const [packageName, folder] = process.argv.slice(2);
const { default: engine } = await import(packageName);
const file = path.join(folder, "probe.db");
let db = new engine.Database(file, 256 * 1024 * 1024);
let conn = new engine.Connection(db);

const run = async (query, params) => {
  const result = params ? await conn.execute(await conn.prepare(query), params) : await conn.query(query);
  const rows = await result.getAll();
  result.close?.();
  return rows;
};

const ENTITIES = Number(process.argv[4] ?? 2000);
const RELATIONS = Number(process.argv[5] ?? 30000);
const entityId = (i) => `org:e${i}`;
const relationId = (i) => `rel:${String(i).padStart(5, "0")}`;
/** Long enough to live outside the inline part of a string, different per relation and per write. */
const noteOf = (id, version) => `${version} note of ${id} ${"·".repeat(20 + (Number(id.slice(4)) % 37))}`;
const ends = (i) => ({ source: entityId(i % ENTITIES), target: entityId((i * 7 + 3) % ENTITIES) });

await run("CREATE NODE TABLE Entity(id STRING PRIMARY KEY, name STRING)");
await run("CREATE REL TABLE Relation(FROM Entity TO Entity, id STRING, source STRING, target STRING, note STRING)");
const entityCsv = path.join(folder, "entities.csv");
const relationCsv = path.join(folder, "relations.csv");
writeFileSync(entityCsv, Array.from({ length: ENTITIES }, (_, i) => `${entityId(i)},Entity ${i}\n`).join(""));
writeFileSync(
  relationCsv,
  Array.from({ length: RELATIONS }, (_, i) => {
    const { source, target } = ends(i);
    return `${source},${target},${relationId(i)},${source},${target},${noteOf(relationId(i), "v0")}\n`;
  }).join(""),
);
await run(`COPY Entity FROM '${entityCsv}'`);
await run(`COPY Relation FROM '${relationCsv}'`);

const expected = new Map(Array.from({ length: RELATIONS }, (_, i) => [relationId(i), noteOf(relationId(i), "v0")]));
const wrongRows = (rows) =>
  rows.filter((row) => expected.get(row.id) !== row.note).map((row) => ({ id: row.id, note: row.note }));

/** A merge as merge-transaction.ts writes it: each relation of `merged` deleted, then created again from `keep`. */
async function moveRelations(merged, keep, version) {
  await run("BEGIN TRANSACTION");
  const moved = await run("MATCH (a:Entity {id: $merged})-[r:Relation]->(b:Entity) RETURN r.id AS id, b.id AS target", {
    merged,
  });
  for (const { id, target } of moved) {
    await run("MATCH (a:Entity {id: $source})-[r:Relation]->(b:Entity {id: $target}) WHERE r.id = $id DELETE r", {
      source: merged,
      target,
      id,
    });
    const note = noteOf(id, version);
    await run(
      `MATCH (a:Entity {id: $source}), (b:Entity {id: $target})
       CREATE (a)-[:Relation {id: $id, source: $source, target: $target, note: $note}]->(b)`,
      { source: keep, target, id, note },
    );
    expected.set(id, note);
  }
  await run("COMMIT");
  return moved.map((row) => row.id);
}

/** merge-transaction.ts: a relation deleted and created anew between the same ends in one transaction. */
async function rewriteInOneTransaction(ids) {
  await run("BEGIN TRANSACTION");
  for (const id of ids) {
    const i = Number(id.slice(4));
    const { source, target } = ends(i);
    await run("MATCH (a:Entity {id: $source})-[r:Relation]->(b:Entity {id: $target}) WHERE r.id = $id DELETE r", {
      source,
      target,
      id,
    });
    const note = noteOf(id, "rewritten");
    await run(
      `MATCH (a:Entity {id: $source}), (b:Entity {id: $target})
       CREATE (a)-[:Relation {id: $id, source: $source, target: $target, note: $note}]->(b)`,
      { source, target, id, note },
    );
    expected.set(id, note);
  }
  await run("COMMIT");
}

const probes = {};

// queries.ts: relations around one entity filtered with r.id IN $ids, on the COPY-filled store.
const anchor = entityId(3);
const around = await run("MATCH (a:Entity {id: $anchor})-[r:Relation]-(:Entity) RETURN r.id AS id", { anchor });
const aroundIds = around.map((row) => row.id);
probes.idInListAroundAnEntity = wrongRows(
  await run(
    "MATCH (a:Entity {id: $anchor})-[r:Relation]-(:Entity) WHERE r.id IN $ids RETURN r.id AS id, r.note AS note",
    {
      anchor,
      ids: aroundIds.filter((_, i) => i % 2 === 0),
    },
  ),
);

// merge-transaction.ts: delete and create anew in one transaction, between the same ends.
const rewritten = Array.from({ length: 40 }, (_, i) => relationId(i * 13));
await rewriteInOneTransaction(rewritten);
probes.deleteAndCreateInOneTransaction = wrongRows(
  await run("MATCH ()-[r:Relation]->() WHERE r.id IN $ids RETURN r.id AS id, r.note AS note", { ids: rewritten }),
);

// kuzu-merges.ts: two merges after the import with no checkpoint between, then r.id IN $ids.
const movedFirst = await moveRelations(entityId(11), entityId(12), "merge1");
const movedSecond = await moveRelations(entityId(12), entityId(13), "merge2");
probes.idInListAfterTwoMergesWithoutCheckpoint = wrongRows(
  await run("MATCH ()-[r:Relation]->() WHERE r.id IN $ids RETURN r.id AS id, r.note AS note", {
    ids: [...new Set([...movedFirst, ...movedSecond])],
  }),
);
probes.everyRelationAfterwards = wrongRows(await run("MATCH ()-[r:Relation]->() RETURN r.id AS id, r.note AS note"));

// The same reads once the writes are checkpointed and the store opened again: scans of persisted segments.
await run("CHECKPOINT");
await db.close();
db = new engine.Database(file, 256 * 1024 * 1024);
conn = new engine.Connection(db);
const sample = [...expected.keys()].filter((_, i) => i % 97 === 0);
probes.idInListAfterReopen = wrongRows(
  await run("MATCH ()-[r:Relation]->() WHERE r.id IN $ids RETURN r.id AS id, r.note AS note", { ids: sample }),
);
probes.idInListAroundAnEntityAfterReopen = wrongRows(
  await run(
    "MATCH (a:Entity {id: $anchor})-[r:Relation]-(:Entity) WHERE r.id IN $ids RETURN r.id AS id, r.note AS note",
    {
      anchor: entityId(12),
      ids: [...movedFirst, ...movedSecond],
    },
  ),
);
probes.everyRelationAfterReopen = wrongRows(await run("MATCH ()-[r:Relation]->() RETURN r.id AS id, r.note AS note"));

process.stdout.write(`${JSON.stringify(probes)}\n`);
// Kuzu 0.11 may crash while the process exits; the answer is out.
process.exit(0);
