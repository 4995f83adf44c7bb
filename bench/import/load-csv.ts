// The peer we measure our Neo4j import against: Neo4j's own LOAD CSV with CALL {…} IN TRANSACTIONS on the
// same validated records, written as CSV (one file per label / relation type) into the server's import
// folder, storing the same properties our importer stores. Writing the CSV files is not timed.
import { createWriteStream, mkdirSync, rmSync } from "node:fs";
import { once } from "node:events";
import { join } from "node:path";
import neo4j from "neo4j-driver";
import { entityRowOf, relationRowOf } from "../../graph/neo4j/neo4j-rows.js";
import { ENTITY_KINDS, RELATION_TYPES, type EntityKind, type RelationType } from "../../graph/model/vocabulary.js";
import type { SeedGraph } from "../../graph/seed/index.js";

const SEPARATOR = "\u001f";
const ROWS_PER_TRANSACTION = 10_000;
const CSV_FOLDER = "bench-load-csv";

export interface LoadCsvTarget {
  uri: string;
  user: string;
  password: string;
}

/** Labels and types reach these strings only from the vocabulary's allow-lists. */
function loadEntitiesOf(kind: EntityKind): string {
  if (!ENTITY_KINDS.includes(kind)) throw new Error(`unknown kind ${kind}`);
  return `LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (e:Entity {id: row.id})
  SET e.kind = row.kind, e.name = row.name, e.searchText = row.searchText, e.properties = row.properties,
    e.aliases = CASE WHEN row.aliases IS NULL THEN [] ELSE split(row.aliases, $separator) END,
    e:${kind}
} IN TRANSACTIONS OF ${ROWS_PER_TRANSACTION} ROWS`;
}

function loadRelationsOf(type: RelationType): string {
  if (!RELATION_TYPES.includes(type)) throw new Error(`unknown relation type ${type}`);
  return `LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (a:Entity {id: row.from})
  MATCH (b:Entity {id: row.to})
  CREATE (a)-[r:${type}]->(b)
  SET r.id = row.id, r.stance = row.stance, r.status = row.status, r.dateStart = row.dateStart,
    r.dateEnd = row.dateEnd, r.amountValue = toFloat(row.amountValue), r.amountCurrency = row.amountCurrency,
    r.amountQualifier = row.amountQualifier, r.note = row.note, r.evidence = row.evidence,
    r.sources = split(row.sources, $separator)
} IN TRANSACTIONS OF ${ROWS_PER_TRANSACTION} ROWS`;
}

type CsvValue = string | number | string[] | null | undefined;

function csvField(value: CsvValue): string {
  if (value === null || value === undefined || value === "") return "";
  const text = Array.isArray(value) ? value.join(SEPARATOR) : String(value);
  return /[",\n\r\\]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

async function writeCsv(file: string, headers: string[], rows: Iterable<CsvValue[]>): Promise<void> {
  const out = createWriteStream(file);
  let buffer = headers.join(",") + "\n";
  for (const row of rows) {
    buffer += row.map(csvField).join(",") + "\n";
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await once(out, "drain");
      buffer = "";
    }
  }
  out.end(buffer);
  await once(out, "finish");
}

export interface LoadCsvPlan {
  statements: { query: string; url: string }[];
  cleanup(): void;
}

export async function writeLoadCsvFiles(graph: SeedGraph, importDir: string, urlPrefix: string): Promise<LoadCsvPlan> {
  const folder = join(importDir, CSV_FOLDER);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const statements: LoadCsvPlan["statements"] = [];
  for (const kind of ENTITY_KINDS) {
    const rows = graph.entities.filter((e) => e.kind === kind).map(entityRowOf);
    if (rows.length === 0) continue;
    const name = `entities-${kind}.csv`;
    await writeCsv(
      join(folder, name),
      ["id", "kind", "name", "aliases", "searchText", "properties"],
      rows.map(({ props: p }) => [p.id, p.kind, p.name, p.aliases, p.searchText, p.properties]),
    );
    statements.push({ query: loadEntitiesOf(kind), url: `${urlPrefix}${CSV_FOLDER}/${name}` });
  }
  const columns = ["stance", "status", "dateStart", "dateEnd", "amountValue", "amountCurrency", "amountQualifier"];
  const more = ["note", "evidence", "sources"];
  for (const type of RELATION_TYPES) {
    const rows = graph.relations.filter((r) => r.type === type).map(relationRowOf);
    if (rows.length === 0) continue;
    const name = `relations-${type}.csv`;
    await writeCsv(
      join(folder, name),
      ["from", "to", "id", ...columns, ...more],
      rows.map((row) => [row.from, row.to, row.id, ...[...columns, ...more].map((c) => row.props[c] as CsvValue)]),
    );
    statements.push({ query: loadRelationsOf(type), url: `${urlPrefix}${CSV_FOLDER}/${name}` });
  }
  return { statements, cleanup: () => rmSync(folder, { recursive: true, force: true }) };
}

/** Runs the LOAD CSV statements, entities first; returns the seconds they took. */
export async function runLoadCsv(target: LoadCsvTarget, plan: LoadCsvPlan): Promise<number> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
  const session = driver.session({ defaultAccessMode: neo4j.session.WRITE });
  try {
    const started = performance.now();
    for (const { query, url } of plan.statements) {
      // IN TRANSACTIONS needs an auto-commit transaction; its outer transaction gets a generous timeout.
      await session.run(query, { url, separator: SEPARATOR }, { timeout: 3_600_000 });
    }
    return (performance.now() - started) / 1000;
  } finally {
    await session.close();
    await driver.close();
  }
}
