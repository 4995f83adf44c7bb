// Every Cypher statement the Kuzu adapter sends, as named parameterised constants. Values always travel
// as parameters; the direction of an adjacency query picks one of three constants, never a string splice.

// --- schema -------------------------------------------------------------------------------------------

export const CREATE_ENTITY_TABLE = `CREATE NODE TABLE IF NOT EXISTS Entity(
  id STRING PRIMARY KEY, kind STRING, name STRING, aliases STRING[], searchText STRING, properties STRING)`;

/** `source`/`target` repeat the end ids so undirected matches and console results need no extra lookup. */
export const CREATE_RELATION_TABLE = `CREATE REL TABLE IF NOT EXISTS Relation(FROM Entity TO Entity,
  id STRING, source STRING, target STRING, type STRING, stance STRING, status STRING,
  dateStart STRING, dateEnd STRING, amountValue DOUBLE, amountCurrency STRING, amountQualifier STRING,
  note STRING, evidence STRING, sources STRING[], directed BOOLEAN DEFAULT true, attributes STRING)`;

/** A store written before relations could be undirected gains the column, every relation directed. */
export const ADD_RELATION_DIRECTED_COLUMN = "ALTER TABLE Relation ADD IF NOT EXISTS directed BOOLEAN DEFAULT true";

/** A store written before relations kept the attributes of their file gains the column, empty. */
export const ADD_RELATION_ATTRIBUTES_COLUMN = "ALTER TABLE Relation ADD IF NOT EXISTS attributes STRING";

/** table_info takes no parameters; the table names are fixed here. */
export const ENTITY_TABLE_COLUMNS = "CALL table_info('Entity') RETURN name";
export const RELATION_TABLE_COLUMNS = "CALL table_info('Relation') RETURN name";

// --- writes -------------------------------------------------------------------------------------------
// Rows arrive with every field a string ('' for absent) because the Node binding types a list of structs
// from its first element, turns [] and null into untyped values, and sends 3 as INT64 but 3.5 as DOUBLE.

export const UPSERT_ENTITIES = `UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e.kind = row.kind, e.name = row.name, e.searchText = row.searchText, e.properties = row.properties,
  e.aliases = CASE WHEN row.aliases = '' THEN CAST([] AS STRING[]) ELSE string_split(row.aliases, $separator) END`;

export const MISSING_ENTITY_IDS = `UNWIND $ids AS wanted
OPTIONAL MATCH (e:Entity {id: wanted})
WITH wanted, e WHERE e IS NULL
RETURN wanted AS id ORDER BY id`;

const SET_RELATION_FIELDS = `SET r.source = row.source, r.target = row.target, r.type = row.type, r.stance = row.stance,
  r.status = row.status, r.evidence = row.evidence, r.sources = row.sources,
  r.dateStart = CASE WHEN row.dateStart = '' THEN CAST(NULL AS STRING) ELSE row.dateStart END,
  r.dateEnd = CASE WHEN row.dateEnd = '' THEN CAST(NULL AS STRING) ELSE row.dateEnd END,
  r.amountValue = CASE WHEN row.amountValue = '' THEN CAST(NULL AS DOUBLE) ELSE CAST(row.amountValue AS DOUBLE) END,
  r.amountCurrency = CASE WHEN row.amountCurrency = '' THEN CAST(NULL AS STRING) ELSE row.amountCurrency END,
  r.amountQualifier = CASE WHEN row.amountQualifier = '' THEN CAST(NULL AS STRING) ELSE row.amountQualifier END,
  r.note = CASE WHEN row.note = '' THEN CAST(NULL AS STRING) ELSE row.note END,
  r.directed = row.directed <> 'false',
  r.attributes = CASE WHEN row.attributes = '' THEN CAST(NULL AS STRING) ELSE row.attributes END`;

/**
 * Kuzu cannot index a relationship property, so finding a relation by id alone scans them all. The store
 * keeps an id → ends map instead and every write below starts from both (primary-key) ends.
 */
export const LIST_RELATION_ENDS = `MATCH (:Entity)-[r:Relation]->(:Entity)
RETURN r.id AS id, r.source AS source, r.target AS target, r.type AS type, r.status AS status,
  r.dateStart AS dateStart, r.dateEnd AS dateEnd, r.directed AS directed`;

export const CREATE_RELATIONS = `UNWIND $rows AS row
MATCH (a:Entity {id: row.source}), (b:Entity {id: row.target})
CREATE (a)-[r:Relation {id: row.id}]->(b)
${SET_RELATION_FIELDS}`;

export const UPDATE_RELATIONS = `UNWIND $rows AS row
MATCH (a:Entity {id: row.source})-[r:Relation]->(b:Entity {id: row.target})
WHERE r.id = row.id
${SET_RELATION_FIELDS}`;

/** Rows hold the ends a relation had before, when it moves to new ends under the same id. */
export const DELETE_RELATIONS_AT = `UNWIND $rows AS row
MATCH (a:Entity {id: row.source})-[r:Relation]->(b:Entity {id: row.target})
WHERE r.id = row.id
DELETE r`;

export const CLEAR_ALL = "MATCH (e:Entity) DETACH DELETE e";

// --- reads --------------------------------------------------------------------------------------------

export const PING = "RETURN 1 AS ok";

export const COUNT_ENTITIES = "MATCH (e:Entity) RETURN count(e) AS count";
// count(r) answers from stale statistics on LadybugDB 0.19.1 once relations loaded by COPY are deleted
// (a cleared store kept counting 1,024 of them until the next checkpoint); counting a property reads rows.
export const COUNT_RELATIONS = "MATCH (:Entity)-[r:Relation]->(:Entity) RETURN count(r.id) AS count";
export const COUNT_BY_KIND = "MATCH (e:Entity) RETURN e.kind AS kind, count(*) AS count ORDER BY kind";
export const COUNT_BY_RELATION_TYPE =
  "MATCH (:Entity)-[r:Relation]->(:Entity) RETURN r.type AS type, count(*) AS count ORDER BY type";

const ENTITY_COLUMNS = "e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases, e.properties AS properties";
const EDGE_COLUMNS = `r.id AS id, r.source AS source, r.target AS target, r.type AS type, r.stance AS stance,
  r.status AS status, r.dateStart AS dateStart, r.dateEnd AS dateEnd, r.amountValue AS amountValue,
  r.amountCurrency AS amountCurrency, r.amountQualifier AS amountQualifier, r.note AS note, r.evidence AS evidence,
  r.directed AS directed, r.attributes AS attributes`;

/** Up to this many terms get one contains() each; more are tested through a list. */
export const SEARCH_TERMS_INLINE_MAX = 8;

/**
 * Entities whose search text holds every term, with parameters $term0, $term1, … (one per term) and,
 * when kinds are filtered, $kinds. Kuzu evaluates `all(term IN $terms WHERE contains(…))` over 250k
 * entities in ~150 ms and the same test written out as contains() calls in ~35 ms, so the statement is
 * written for the number of terms (the text depends only on that count; the terms are parameters).
 * Kuzu's contains(text, '') is false, so "no terms" is its own statement.
 */
export function searchCandidatesQuery(termCount: number, byKind: boolean): string {
  const terms =
    termCount <= SEARCH_TERMS_INLINE_MAX
      ? Array.from({ length: termCount }, (_, i) => `contains(e.searchText, $term${i})`)
      : ["all(term IN $terms WHERE contains(e.searchText, term))"];
  return `MATCH (e:Entity)
WHERE ${[...(byKind ? ["e.kind IN $kinds"] : []), ...terms].join(" AND ")}
RETURN ${ENTITY_COLUMNS}
ORDER BY id
LIMIT $limit`;
}

export const LIST_ENTITIES_OF_KINDS = `MATCH (e:Entity)
WHERE e.kind IN $kinds
RETURN ${ENTITY_COLUMNS}
ORDER BY id
LIMIT $limit`;

/** One entity through the primary-key index (see point-lookups.ts). */
export const GET_ENTITY = `MATCH (e:Entity {id: $id})
RETURN ${ENTITY_COLUMNS}`;

/** The sources cited by the evidence of one entity's relations, each with how many relations cite it. */
export const SOURCES_CITED_AROUND = `MATCH (e:Entity {id: $id})-[r:Relation]-(:Entity)
UNWIND r.sources AS source
RETURN source AS id, count(DISTINCT r.id) AS relations`;

/** The ids must be distinct. Kuzu plans this as a hash join over every entity: for many ids at once. */
export const GET_ENTITIES = `UNWIND $ids AS wanted
MATCH (e:Entity {id: wanted})
RETURN ${ENTITY_COLUMNS}
ORDER BY id`;

/** Degree counts each relation touching the entity once; ties go by id. */
export const LIST_ENTITY_IDS_BY_DEGREE = `MATCH (e:Entity)
WHERE e.kind IN $kinds
OPTIONAL MATCH (e)-[r:Relation]-(:Entity)
WITH e.id AS id, count(r) AS degree
RETURN id
ORDER BY degree DESC, id
LIMIT $limit`;

/**
 * Relations by id, given the entities they start from (the store's topology knows them): Kuzu reads only
 * those entities' outgoing relations and joins them to the ids on equality, instead of scanning every
 * relation or testing each against an IN list (3,065 relations of a 100k-relation graph: 96 ms, against
 * 330 ms with an IN list of ids and 570 ms through an UNWIND of (id, source, target) rows).
 */
export const GET_RELATIONS_FROM = `UNWIND $ids AS wanted
MATCH (a:Entity)-[r:Relation]->(:Entity)
WHERE a.id IN $sources AND r.id = wanted
RETURN ${EDGE_COLUMNS}
ORDER BY id`;

/**
 * Relations by id, read from one end's lists (see point-lookups.ts); a self-loop comes back twice. Joined
 * on equality: Kuzu 0.11 filtering this undirected expansion with `r.id IN $ids` (or list_contains) can
 * test one relation's id and return another's row, seen on a store filled by COPY.
 */
export const GET_RELATIONS_AROUND = `UNWIND $ids AS wanted
MATCH (a:Entity {id: $anchor})-[r:Relation]-(:Entity)
WHERE r.id = wanted
RETURN ${EDGE_COLUMNS}`;

export const RELATIONS_CITING = `MATCH (:Entity)-[r:Relation]->(:Entity)
WHERE list_contains(r.sources, $sourceId)
RETURN ${EDGE_COLUMNS}
ORDER BY id`;

// --- transactions ---------------------------------------------------------------------------------------

export const BEGIN_WRITE = "BEGIN TRANSACTION";
/** A user's console query runs in a read-only transaction: a write that slips past the guard still fails. */
export const BEGIN_READ_ONLY = "BEGIN TRANSACTION READ ONLY";
export const COMMIT = "COMMIT";
export const ROLLBACK = "ROLLBACK";

// --- topology export ------------------------------------------------------------------------------------

/**
 * The graph's shape written by Kuzu itself to a CSV file in a fresh temporary folder (path checked by
 * bulkCsvPath): for a million relations 0.5 s, where reading the same rows through the Node binding took
 * 44 s. Ids and types hold no comma or quote (see the id patterns of graph/model), so no field is quoted.
 * In id order (+0.15 s), so each entity's list is built sorted (see Topology).
 */
export function exportTopologyTo(path: string): string {
  return `COPY (MATCH (:Entity)-[r:Relation]->(:Entity) RETURN r.id, r.source, r.target, r.type, r.status, r.dateStart, r.dateEnd, r.directed ORDER BY r.id)
TO '${bulkCsvPath(path)}' (header=false)`;
}

// --- bulk load into an empty store ---------------------------------------------------------------------
// Kuzu cannot bind a file path as a parameter ("only dataframes can be scanned from parameters"), so the
// path of a CSV file the store itself wrote into a fresh temporary folder is the one value spliced into
// a statement, after bulkCsvPath() has checked it holds no quote or other unusual character.

/** In the bulk CSV files a newline travels as U+001E and a carriage return as U+001D (see bulk-load.ts). */
const decoded = (column: string) =>
  `regexp_replace(regexp_replace(${column}, '\u001e', '\n', 'g'), '\u001d', '\r', 'g')`;
const orNull = (column: string, type: string) =>
  `CASE WHEN ${column} IS NULL OR ${column} = '' THEN CAST(NULL AS ${type}) ELSE ${column} END`;

export function bulkCsvPath(path: string): string {
  if (!/^[A-Za-z0-9_./-]+$/.test(path)) throw new Error(`unexpected characters in bulk CSV path ${path}`);
  return path;
}

export function copyEntitiesFrom(path: string): string {
  return `COPY Entity FROM (
  LOAD WITH HEADERS (id STRING, kind STRING, name STRING, aliases STRING, searchText STRING, properties STRING)
  FROM '${bulkCsvPath(path)}' (header=true)
  RETURN id, kind, ${decoded("name")},
    CASE WHEN aliases IS NULL OR aliases = '' THEN CAST([] AS STRING[]) ELSE string_split(${decoded("aliases")}, '\u001f') END,
    ${decoded("searchText")}, properties)`;
}

export function copyRelationsFrom(path: string): string {
  return `COPY Relation FROM (
  LOAD WITH HEADERS (source STRING, target STRING, id STRING, type STRING, stance STRING, status STRING,
    dateStart STRING, dateEnd STRING, amountValue DOUBLE, amountCurrency STRING, amountQualifier STRING,
    note STRING, evidence STRING, sources STRING, directed STRING, attributes STRING)
  FROM '${bulkCsvPath(path)}' (header=true)
  RETURN source, target, id, source AS sourceId, target AS targetId, type, stance, status,
    ${orNull("dateStart", "STRING")}, ${orNull("dateEnd", "STRING")}, amountValue,
    ${orNull("amountCurrency", "STRING")}, ${orNull("amountQualifier", "STRING")},
    ${orNull(decoded("note"), "STRING")}, evidence, string_split(sources, '\u001f'), coalesce(directed, '') <> 'false',
    ${orNull("attributes", "STRING")})`;
}

// --- entity resolution: merges and their audit trail ----------------------------------------------------
// The audit trail is a node table of its own, never an Entity: searches, counts and overviews skip it.

export const CREATE_MERGE_RECORD_TABLE = `CREATE NODE TABLE IF NOT EXISTS MergeRecord(
  id STRING PRIMARY KEY, at STRING, keepId STRING, mergeId STRING, undone BOOLEAN, payload STRING)`;

export const RELATIONS_OF_ANY = `MATCH (n:Entity)-[r:Relation]-(:Entity)
WHERE n.id IN $ids
RETURN DISTINCT ${EDGE_COLUMNS}
ORDER BY id`;

/** Only once their relations are gone: Kuzu refuses to delete a node that still has edges. */
export const DELETE_ENTITIES = "MATCH (e:Entity) WHERE e.id IN $ids DELETE e";

export const UPSERT_MERGE_RECORD = `MERGE (m:MergeRecord {id: $id})
SET m.at = $at, m.keepId = $keepId, m.mergeId = $mergeId, m.undone = $undone, m.payload = $payload`;

export const GET_MERGE_RECORD = "MATCH (m:MergeRecord {id: $id}) RETURN m.payload AS payload";

export const LIST_MERGE_RECORDS = `MATCH (m:MergeRecord)
RETURN m.payload AS payload
ORDER BY m.at DESC, m.id DESC
LIMIT $limit`;

export const ACTIVE_MERGE_RECORDS_OF = `MATCH (m:MergeRecord)
WHERE m.undone = false AND (m.keepId IN $ids OR m.mergeId IN $ids)
RETURN m.payload AS payload
ORDER BY m.at DESC, m.id DESC`;

export const CLEAR_MERGE_RECORDS = "MATCH (m:MergeRecord) DELETE m";

/** Writes the write-ahead log into the database file; runs outside a transaction. */
export const CHECKPOINT = "CHECKPOINT";
