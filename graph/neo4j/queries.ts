// Every Cypher statement the Neo4j adapter sends, as named parameterised constants. Labels and relation
// types enter a query string only here, and only after a membership check against the allow-lists.
import { InvalidInputError } from "../errors.js";
import { ENTITY_KINDS, RELATION_TYPES, type EntityKind, type RelationType } from "../model/vocabulary.js";
import { RELATION_PROPERTY_KEYS } from "./neo4j-rows.js";

const KIND_SET: ReadonlySet<string> = new Set(ENTITY_KINDS);
const TYPE_SET: ReadonlySet<string> = new Set(RELATION_TYPES);

function checkedKind(kind: string): EntityKind {
  if (!KIND_SET.has(kind)) throw new InvalidInputError(`unknown entity kind "${kind}"`, { kind });
  return kind as EntityKind;
}

export function checkedType(type: string): RelationType {
  if (!TYPE_SET.has(type)) throw new InvalidInputError(`unknown relation type "${type}"`, { type });
  return type as RelationType;
}

// --- schema -------------------------------------------------------------------------------------------

export const CREATE_ENTITY_ID_CONSTRAINT =
  "CREATE CONSTRAINT entity_id_unique IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE";
export const CREATE_SEARCH_TEXT_INDEX =
  "CREATE TEXT INDEX entity_search_text IF NOT EXISTS FOR (e:Entity) ON (e.searchText)";
/** The search keys (graph/model/search-keys.ts) as one text, " key key … ", found by CONTAINS " key ". */
export const CREATE_SEARCH_KEYS_INDEX =
  "CREATE TEXT INDEX entity_search_keys IF NOT EXISTS FOR (e:Entity) ON (e.searchKeys)";
export const LIST_ENTITIES_WITHOUT_SEARCH_KEYS = `MATCH (e:Entity) WHERE e.searchKeys IS NULL
RETURN e.id AS id, e.name AS name, e.aliases AS aliases
LIMIT $limit`;
export const SET_SEARCH_KEYS = `UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.searchKeys = row.searchKeys`;
export const CREATE_NAME_FULLTEXT_INDEX =
  "CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases]";
/** Relationship indexes are per type in Neo4j: one range index on `id` for each allowed type. */
export function createRelationIdIndex(type: RelationType): string {
  const checked = checkedType(type);
  return `CREATE INDEX rel_id_${checked} IF NOT EXISTS FOR ()-[r:${checked}]-() ON (r.id)`;
}
export const AWAIT_INDEXES = "CALL db.awaitIndexes(300)";

// --- writes -------------------------------------------------------------------------------------------

const ALL_KIND_LABELS = ENTITY_KINDS.join(":");

/** One kind per statement: the kind label is swapped so an entity whose kind changed keeps one kind label. */
export function upsertEntitiesOfKind(kind: EntityKind): string {
  const checked = checkedKind(kind);
  return `UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
SET e += row.props
REMOVE e:${ALL_KIND_LABELS}
SET e:${checked}`;
}

export const MISSING_ENTITY_IDS = `UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
WITH id, e WHERE e IS NULL
RETURN id ORDER BY id`;

/**
 * One type per statement. A relation whose ends moved is deleted first, so the id stays unique;
 * `SET r += row.props` with null values removes optional properties that are gone.
 */
export function upsertRelationsOfType(type: RelationType): string {
  const checked = checkedType(type);
  return `UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
OPTIONAL MATCH (x)-[old:${checked} {id: row.id}]->(y)
WHERE x <> a OR y <> b
DELETE old
WITH DISTINCT row, a, b
MERGE (a)-[r:${checked} {id: row.id}]->(b)
SET r += row.props`;
}

/** A relation whose type changed under the same id: Neo4j keeps the type in the relationship, so drop the old one. */
export const DELETE_RETYPED_RELATIONS = `MATCH ()-[old]->() WHERE old.id IN $ids AND NOT (old.id + ' ' + type(old)) IN $idTypes
DELETE old`;

export const CLEAR_ALL = "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS";

// --- bulk load into an empty store (see bulk-load.ts) ----------------------------------------------------

/** Whether anything the store writes is there: entities, or the merge audit trail. */
export const HOLDS_DATA = "RETURN EXISTS { MATCH (:Entity) } OR EXISTS { MATCH (:MergeRecord) } AS holdsData";

/** Plain CREATE: the store was empty and the batch holds no id twice, so there is nothing to merge with. */
export function createEntitiesOfKind(kind: EntityKind): string {
  const checked = checkedKind(kind);
  return `UNWIND $rows AS row
CREATE (e:Entity:${checked})
SET e = row.props`;
}

/**
 * Rows come from relationValuesOf: [from, to, ...property values]. The ends are found through the entity
 * id constraint; CREATE skips the null (absent) values, as the upserts' `SET r += row.props` does.
 */
export function createRelationsOfType(type: RelationType): string {
  const checked = checkedType(type);
  const properties = RELATION_PROPERTY_KEYS.map((key, index) => `${key}: row[${index + 2}]`).join(", ");
  return `UNWIND $rows AS row
MATCH (a:Entity {id: row[0]})
MATCH (b:Entity {id: row[1]})
CREATE (a)-[:${checked} {${properties}}]->(b)`;
}

/**
 * Undoes a failed bulk load, which wrote only entities and the relations between them: run until it deletes
 * none, each run its own transaction (CALL … IN TRANSACTIONS keeps one outer transaction open throughout,
 * which a server's transaction timeout stops on a large graph).
 */
export const DELETE_SOME_ENTITIES = "MATCH (e:Entity) WITH e LIMIT 2000 DETACH DELETE e RETURN count(*) AS deleted";

// --- reads --------------------------------------------------------------------------------------------

export const PING = "RETURN 1 AS ok";
export const DBMS_COMPONENTS = "CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition";

export const COUNT_ENTITIES = "MATCH (e:Entity) RETURN count(e) AS count";
export const COUNT_RELATIONS = "MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS count";
export const COUNT_BY_KIND = "MATCH (e:Entity) RETURN e.kind AS kind, count(*) AS count ORDER BY kind";
export const COUNT_BY_RELATION_TYPE =
  "MATCH (:Entity)-[r]->(:Entity) RETURN type(r) AS type, count(*) AS count ORDER BY type";

const ENTITY_COLUMNS = "e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases, e.properties AS properties";
const EDGE_COLUMNS = `r.id AS id, a.id AS source, b.id AS target, type(r) AS type, r.stance AS stance,
  r.status AS status, r.dateStart AS dateStart, r.dateEnd AS dateEnd, r.amountValue AS amountValue,
  r.amountCurrency AS amountCurrency, r.amountQualifier AS amountQualifier, r.note AS note, r.evidence AS evidence,
  r.directed AS directed, r.attributes AS attributes`;

/** `$firstTerm` is repeated on its own so the planner can use the TEXT index on searchText. */
export const SEARCH_CANDIDATES = `MATCH (e:Entity)
WHERE e.searchText CONTAINS $firstTerm
  AND all(term IN $terms WHERE e.searchText CONTAINS term)
  AND (size($kinds) = 0 OR e.kind IN $kinds)
RETURN ${ENTITY_COLUMNS}
ORDER BY e.id
LIMIT $limit`;

/**
 * Fuzzy candidates: every term is in the search text or one of its keys ($keys[i], each as " key ") is
 * one of the entity's. One term's hits are found first through the two TEXT indexes.
 */
export const SEARCH_CANDIDATES_FUZZY = `CALL () {
  MATCH (e:Entity) WHERE e.searchText CONTAINS $firstTerm RETURN e
  UNION
  UNWIND $firstKeys AS key
  MATCH (e:Entity) WHERE e.searchKeys CONTAINS key
  RETURN e
}
WITH e
WHERE all(i IN range(0, size($terms) - 1) WHERE e.searchText CONTAINS $terms[i]
    OR any(key IN $keys[i] WHERE e.searchKeys CONTAINS key))
  AND (size($kinds) = 0 OR e.kind IN $kinds)
RETURN ${ENTITY_COLUMNS}
ORDER BY e.id
LIMIT $limit`;

export const GET_ENTITIES = `MATCH (e:Entity) WHERE e.id IN $ids
RETURN ${ENTITY_COLUMNS}
ORDER BY e.id`;

/** Degree as LIST_ENTITY_IDS_BY_DEGREE counts it, and each source the relations' evidence cites. */
export const GET_ENTITY_CONTEXTS = `UNWIND $ids AS wanted
MATCH (e:Entity {id: wanted})
RETURN e.id AS id, COUNT { (e)--(:Entity) } AS degree,
  COLLECT {
    MATCH (e)-[r]-(:Entity)
    UNWIND r.sources AS source
    WITH source, count(DISTINCT r) AS relations
    RETURN {id: source, relations: relations}
  } AS sources
ORDER BY id`;

export const LIST_ENTITY_IDS_BY_DEGREE = `MATCH (e:Entity)
WHERE size($kinds) = 0 OR e.kind IN $kinds
WITH e, COUNT { (e)--(:Entity) } AS degree
RETURN e.id AS id
ORDER BY degree DESC, id
LIMIT $limit`;

export const GET_RELATIONS = `MATCH (a:Entity)-[r]->(b:Entity) WHERE r.id IN $ids
RETURN ${EDGE_COLUMNS}
ORDER BY r.id`;

/** Relations by id and known ends: two entity index seeks and an expand between them per relation. */
export const GET_RELATIONS_AT = `UNWIND $edges AS wanted
MATCH (a:Entity {id: wanted.source})-[r]->(b:Entity {id: wanted.target})
WHERE r.id = wanted.id
RETURN ${EDGE_COLUMNS}
ORDER BY r.id`;

/**
 * A relation's period overlaps the date $at means ($atEarliest to $atLatest, whole days) when it starts by
 * the latest and ends (or, undated at its end, starts) no earlier than the earliest. Stored dates are
 * partial ("2019-10"): comparing one with as many characters of a whole day compares it as the first
 * day it can mean (at the start) and the last (at the end).
 */
export const RELATION_FACTS_PASS = `NOT type(r) IN $excludeTypes
  AND (size($statuses) = 0 OR r.status IN $statuses)
  AND ($at IS NULL
    OR (r.dateStart IS NULL AND $includeUndated)
    OR (r.dateStart <= left($atLatest, size(r.dateStart))
      AND coalesce(r.dateEnd, r.dateStart) >= left($atEarliest, size(coalesce(r.dateEnd, r.dateStart)))))`;

/** The filter of an adjacency read, relative to the entity `n` it reads around. */
const ADJACENCY_PASS = `($direction = 'both' OR r.directed = false
    OR ($direction = 'out' AND startNode(r) = n) OR ($direction = 'in' AND endNode(r) = n))
  AND (size($types) = 0 OR type(r) IN $types)
  AND (size($stances) = 0 OR r.stance IN $stances)
  AND ${RELATION_FACTS_PASS}`;

export const ADJACENCY = `MATCH (n:Entity) WHERE n.id IN $ids
MATCH (n)-[r]-(:Entity)
WHERE ${ADJACENCY_PASS}
WITH DISTINCT r
RETURN r.id AS id, startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, r.directed AS directed
ORDER BY id`;

/**
 * Each entity's relations under the adjacency filter, counted by type and direction in the database: what
 * tells a neighbourhood walk which entities are hubs before it reads anyone's relations out.
 */
export const RELATION_COUNTS = `UNWIND $ids AS wanted
MATCH (n:Entity {id: wanted})-[r]-(:Entity)
WHERE ${ADJACENCY_PASS}
WITH DISTINCT n, r
RETURN n.id AS id, type(r) AS type, CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
  count(r) AS count`;

/** Every relation once (each is stored in one direction), with what the walk index filters on. */
export const LIST_RELATION_ENDS = `MATCH (a:Entity)-[r]->(b:Entity)
RETURN r.id AS id, a.id AS source, b.id AS target, type(r) AS type, r.directed AS directed,
  r.status AS status, r.dateStart AS dateStart, r.dateEnd AS dateEnd`;

export const ADJACENCY_AMONG = `MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
  AND (size($types) = 0 OR type(r) IN $types)
  AND (size($stances) = 0 OR r.stance IN $stances)
RETURN r.id AS id, a.id AS source, b.id AS target, type(r) AS type, r.directed AS directed
ORDER BY id`;

export const RELATIONS_AMONG = `MATCH (a:Entity)-[r]->(b:Entity)
WHERE a.id IN $ids AND b.id IN $ids
  AND (size($types) = 0 OR type(r) IN $types)
  AND (size($stances) = 0 OR r.stance IN $stances)
RETURN ${EDGE_COLUMNS}
ORDER BY r.id`;

export const RELATIONS_OF = `MATCH (n:Entity {id: $id})-[x]-(:Entity)
WITH DISTINCT x AS r
WITH r, startNode(r) AS a, endNode(r) AS b
RETURN ${EDGE_COLUMNS}
ORDER BY r.id`;

export const RELATIONS_CITING = `MATCH (a:Entity)-[r]->(b:Entity)
WHERE $sourceId IN r.sources
RETURN ${EDGE_COLUMNS}
ORDER BY r.id`;

/** Entity ids at the ends of relationships a user query returned without their nodes. */
export const RELATIONSHIP_ENDS = `MATCH (a)-[r]->(b) WHERE elementId(r) IN $elementIds
RETURN elementId(r) AS elementId, a.id AS source, b.id AS target`;

// --- entity resolution: merges and their audit trail ----------------------------------------------------
// The audit trail is a label of its own, never :Entity, so searches, counts and overviews skip it.

export const CREATE_MERGE_RECORD_ID_CONSTRAINT =
  "CREATE CONSTRAINT merge_record_id_unique IF NOT EXISTS FOR (m:MergeRecord) REQUIRE m.id IS UNIQUE";

export const RELATIONS_OF_ANY = `MATCH (n:Entity) WHERE n.id IN $ids
MATCH (n)-[x]-(:Entity)
WITH DISTINCT x AS r
WITH r, startNode(r) AS a, endNode(r) AS b
RETURN ${EDGE_COLUMNS}
ORDER BY r.id`;

/** Rows hold each relation's id and ends; both ends are found through the entity id constraint. */
export const DELETE_RELATIONS_AT = `UNWIND $rows AS row
MATCH (a:Entity {id: row.source})-[r]->(b:Entity {id: row.target})
WHERE r.id = row.id
DELETE r`;

/** Setting and removing a property takes each entity's write lock until the transaction ends. */
export const LOCK_ENTITIES = "MATCH (e:Entity) WHERE e.id IN $ids SET e.mergeLock = true REMOVE e.mergeLock";

/** Plain DELETE, not DETACH: an entity that still has a relation makes the transaction fail, not vanish. */
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
