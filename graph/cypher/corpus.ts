// Two corpora for the read-only guard, exported so the store contract suite can replay them against
// both stores: write and escape attempts that must be refused, and read queries that must pass.

export interface RefusedQuery {
  name: string;
  query: string;
  /** A piece of the refusal message: what was refused. */
  refused: string;
}

export interface AcceptedQuery {
  name: string;
  query: string;
  /** Which database's syntax the query is written in ("any": both Neo4j and Kuzu parse it). */
  dialect: "any" | "neo4j" | "kuzu";
}

export const REFUSED_QUERIES: readonly RefusedQuery[] = [
  // Found from outside (issue 18): a variable named `as` made the guard take the next word for an alias.
  {
    name: "table function after a variable named as",
    query: "UNWIND [1] AS as WITH as CALL `READ_CSV_SERIAL`('/etc/passwd') RETURN *",
    refused: "CALL READ_CSV_SERIAL",
  },
  {
    name: "backticked dbms procedure after a variable named as",
    query: "UNWIND [1] AS as WITH as CALL `dbms`.listConfig('') YIELD name RETURN name",
    refused: "CALL dbms.listConfig",
  },
  {
    name: "query statistics of other users",
    query: "UNWIND [1] AS as WITH as CALL `db`.stats.retrieve('QUERIES') YIELD data RETURN data",
    refused: "CALL db.stats.retrieve",
  },
  {
    name: "alias named call",
    query: "MATCH (n) WITH n AS call CALL db.stats.collect('QUERIES') YIELD section RETURN section",
    refused: "CALL",
  },
  { name: "unbounded quantified group", query: "MATCH (((a)-[]-(b))+) RETURN count(*)", refused: "quantifier" },
  {
    name: "quantified group above the limit",
    query: "MATCH p = (x) (((a)-[]-(b)){1,50}) RETURN count(*)",
    refused: "quantifier",
  },
  { name: "brackets nested deep", query: `RETURN ${"(".repeat(500)}1${")".repeat(500)}`, refused: "nested" },
  { name: "a huge expression", query: `RETURN ${Array(4000).fill("1").join("+")}`, refused: "tokens" },
  // plain writes
  { name: "create", query: "CREATE (n:Person {name: 'x'})", refused: "CREATE" },
  { name: "merge", query: "MERGE (n:Person {id: 'person:x'}) RETURN n", refused: "MERGE" },
  { name: "set after match", query: "MATCH (n) SET n.name = 'x'", refused: "SET" },
  { name: "delete", query: "MATCH (n) DELETE n", refused: "DELETE" },
  { name: "detach delete", query: "MATCH (n) DETACH DELETE n", refused: "DETACH DELETE" },
  { name: "remove label", query: "MATCH (n) REMOVE n:Person", refused: "REMOVE" },
  { name: "remove property", query: "MATCH (n) REMOVE n.name RETURN n", refused: "REMOVE" },
  { name: "create after return-less match", query: "MATCH (a), (b) CREATE (a)-[:KNOWS]->(b)", refused: "CREATE" },
  { name: "merge on create set", query: "MERGE (n {id: 1}) ON CREATE SET n.x = 1", refused: "MERGE" },
  { name: "gql insert", query: "INSERT (n:Person {name: 'x'})", refused: "INSERT" },
  { name: "foreach", query: "MATCH p = (a)-->(b) FOREACH (n IN nodes(p) | SET n.seen = true)", refused: "FOREACH" },
  { name: "with then create", query: "MATCH (n) WITH n LIMIT 1 CREATE (m)", refused: "CREATE" },
  { name: "unwind create", query: "UNWIND [1, 2] AS x CREATE (:N {x: x})", refused: "CREATE" },
  { name: "return then set", query: "MATCH (n) RETURN n SET n.x = 1", refused: "SET" },
  // case and comment tricks
  { name: "mixed case create", query: "CrEaTe (n)", refused: "CREATE" },
  { name: "lower case delete", query: "match (n) detach delete n", refused: "DETACH DELETE" },
  { name: "block comment before create", query: "/* */CREATE (n)", refused: "CREATE" },
  { name: "line comment before create", query: "// just reading\nCREATE (n)", refused: "CREATE" },
  { name: "comment between match and set", query: "MATCH (n) /*x*/ SET n.x=1", refused: "SET" },
  { name: "comment inside clause", query: "MATCH (n)/* RETURN n */SET n.x = 1", refused: "SET" },
  { name: "line comment then write", query: "MATCH (n) // RETURN n\nDELETE n", refused: "DELETE" },
  { name: "tab and newline", query: "MATCH (n)\n\t\tDETACH\n\tDELETE n", refused: "DETACH DELETE" },
  { name: "carriage return ends comment", query: "MATCH (n) //x\rDELETE n", refused: "DELETE" },
  { name: "unterminated comment", query: "MATCH (n) RETURN n /* CREATE (m)", refused: "unterminated /* comment" },
  // multiple statements
  { name: "two statements", query: "MATCH (n) RETURN n; CREATE (m)", refused: "a second statement" },
  { name: "two reads", query: "MATCH (n) RETURN n; MATCH (m) RETURN m", refused: "a second statement" },
  { name: "statement after comment", query: "RETURN 1; /* x */ DROP TABLE Entity", refused: "a second statement" },
  { name: "semicolon inside subquery", query: "CALL { MATCH (n) RETURN n; CREATE (m) } RETURN 1", refused: "second" },
  { name: "double semicolon", query: "RETURN 1;;", refused: "a second statement" },
  // unicode look-alikes
  { name: "fullwidth create", query: "ＣＲＥＡＴＥ (n)", refused: "look-alike" },
  { name: "cyrillic es in create", query: "\u0421REATE (n)", refused: "look-alike" },
  { name: "cyrillic e in delete", query: "MATCH (n) D\u0415LETE n", refused: "look-alike" },
  { name: "greek epsilon in set", query: "MATCH (n) S\u0395T n.x = 1", refused: "look-alike" },
  { name: "fullwidth merge lower", query: "ｍｅｒｇｅ (n)", refused: "look-alike" },
  { name: "zero-width space in keyword", query: "MATCH (n) CRE\u200BATE (m)", refused: "U+200B" },
  { name: "fullwidth semicolon", query: "RETURN 1 \uFF1B CREATE (n)", refused: "U+FF1B" },
  // subqueries and procedures
  { name: "call in transactions", query: "CALL { CREATE (n) } IN TRANSACTIONS", refused: "CREATE" },
  {
    name: "read call in transactions",
    query: "MATCH (n) CALL (n) { MATCH (n)-->(m) RETURN m } IN TRANSACTIONS OF 10 ROWS RETURN m",
    refused: "IN TRANSACTIONS",
  },
  { name: "call subquery write", query: "MATCH (n) CALL { WITH n SET n.x = 1 } RETURN n", refused: "SET" },
  { name: "exists subquery write", query: "MATCH (n) WHERE EXISTS { CREATE (m) } RETURN n", refused: "CREATE" },
  { name: "count subquery merge", query: "RETURN COUNT { MERGE (m) } AS c", refused: "MERGE" },
  { name: "apoc create node", query: "CALL apoc.create.node(['Person'], {name: 'x'})", refused: "apoc.create.node" },
  { name: "apoc periodic iterate", query: "CALL apoc.periodic.iterate('MATCH (n) RETURN n', '', {})", refused: "apoc" },
  { name: "dbms create user", query: "CALL dbms.security.createUser('eve', 'pw', false)", refused: "dbms.security" },
  { name: "dbms kill query", query: "CALL dbms.killQuery('query-1')", refused: "dbms.killQuery" },
  { name: "db create label", query: "CALL db.createLabel('X')", refused: "db.createLabel" },
  { name: "backticked apoc", query: "CALL `apoc`.`create`.`node`(['X'], {})", refused: "apoc.create.node" },
  { name: "apoc function in return", query: "RETURN apoc.cypher.runWrite('CREATE (n)', {})", refused: "apoc.cypher" },
  { name: "kuzu set option", query: "CALL threads = 1", refused: "CALL threads" },
  { name: "kuzu project graph", query: "CALL project_graph('G', ['Entity'], ['Relation'])", refused: "project_graph" },
  // import, export, schema, admin
  { name: "load csv", query: "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", refused: "LOAD CSV" },
  {
    name: "load csv with headers",
    query: "LOAD CSV WITH HEADERS FROM 'http://x/y.csv' AS r RETURN r",
    refused: "LOAD",
  },
  { name: "kuzu load from", query: "LOAD FROM 'people.csv' RETURN *", refused: "LOAD FROM" },
  { name: "kuzu copy", query: "COPY Entity FROM 'entities.csv'", refused: "COPY" },
  { name: "kuzu copy to", query: "COPY (MATCH (n) RETURN n) TO '/tmp/out.csv'", refused: "COPY" },
  { name: "install extension", query: "INSTALL httpfs", refused: "INSTALL" },
  { name: "load extension", query: "LOAD EXTENSION httpfs", refused: "LOAD EXTENSION" },
  { name: "attach database", query: "ATTACH 'other.kuzu' AS other (dbtype kuzu)", refused: "ATTACH" },
  { name: "detach database", query: "DETACH other", refused: "DETACH" },
  { name: "export database", query: "EXPORT DATABASE '/tmp/dump'", refused: "EXPORT DATABASE" },
  { name: "import database", query: "IMPORT DATABASE '/tmp/dump'", refused: "IMPORT DATABASE" },
  { name: "drop table", query: "DROP TABLE Entity", refused: "DROP TABLE" },
  { name: "alter table", query: "ALTER TABLE Entity ADD x INT64", refused: "ALTER TABLE" },
  { name: "create node table", query: "CREATE NODE TABLE X(id STRING PRIMARY KEY)", refused: "CREATE NODE" },
  { name: "create index", query: "CREATE INDEX FOR (n:Person) ON (n.name)", refused: "CREATE INDEX" },
  { name: "drop constraint", query: "DROP CONSTRAINT entity_id", refused: "DROP CONSTRAINT" },
  { name: "checkpoint", query: "CHECKPOINT", refused: "CHECKPOINT" },
  { name: "begin transaction", query: "BEGIN TRANSACTION", refused: "BEGIN" },
  { name: "commit", query: "COMMIT", refused: "COMMIT" },
  { name: "rollback", query: "ROLLBACK", refused: "ROLLBACK" },
  { name: "use database", query: "USE system MATCH (n) RETURN n", refused: "USE" },
  { name: "show users", query: "SHOW USERS", refused: "SHOW USERS" },
  { name: "show transactions", query: "SHOW TRANSACTIONS YIELD *", refused: "SHOW TRANSACTIONS" },
  { name: "terminate transactions", query: "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", refused: "TERMINATE" },
  { name: "grant", query: "GRANT ROLE admin TO eve", refused: "GRANT" },
  { name: "profile", query: "PROFILE MATCH (n) RETURN n", refused: "PROFILE" },
  { name: "cypher prefix", query: "CYPHER runtime=slotted MATCH (n) RETURN n", refused: '"CYPHER"' },
  { name: "unknown clause after match", query: "MATCH (n) FROBNICATE n", refused: '"FROBNICATE"' },
  // unbalanced brackets and broken literals
  { name: "unclosed paren", query: "MATCH (n RETURN n", refused: "unbalanced" },
  { name: "extra closing brace", query: "MATCH (n) RETURN n }", refused: "unbalanced" },
  { name: "crossed brackets", query: "MATCH (n]) RETURN n", refused: "unbalanced" },
  { name: "unterminated string", query: "MATCH (n) WHERE n.name = 'x RETURN n", refused: "unterminated string" },
  { name: "doubled quote", query: "RETURN 'a'' CREATE (n) //'", refused: "doubled quote" },
  { name: "unterminated backtick", query: "MATCH (n) RETURN n.`x", refused: "unterminated `name`" },
  { name: "empty query", query: "  /* nothing */ ", refused: "empty query" },
  // unbounded or too long patterns
  { name: "unbounded star", query: "MATCH (a)-[*]->(b) RETURN b", refused: "variable-length" },
  { name: "open upper bound", query: "MATCH (a)-[*2..]->(b) RETURN b", refused: "no upper bound" },
  { name: "typed too long", query: "MATCH (a)-[:R*1..50]->(b) RETURN b", refused: "limit of 10 hops" },
  { name: "exact too long", query: "MATCH (a)-[r*11]-(b) RETURN b", refused: "limit of 10 hops" },
  { name: "shortest path unbounded", query: "MATCH p = shortestPath((a)-[*]-(b)) RETURN p", refused: "no upper bound" },
  { name: "kuzu shortest unbounded", query: "MATCH (a)-[e* SHORTEST]->(b) RETURN e", refused: "no upper bound" },
  { name: "kuzu shortest too long", query: "MATCH (a)-[e* SHORTEST 1..30]->(b) RETURN e", refused: "30 hops" },
  { name: "quantifier too long", query: "MATCH (a) ((x)-[:R]->(y)){1,50} (b) RETURN b", refused: "limit of 10" },
  { name: "quantifier open", query: "MATCH (a) ((x)-->(y)){2,} (b) RETURN b", refused: "no upper bound" },
  { name: "quantifier plus", query: "MATCH (a) ((x)-->(y))+ (b) RETURN b", refused: 'path quantifier "+"' },
  { name: "quantifier star", query: "MATCH (a) ((x)-->(y))* (b) RETURN b", refused: 'path quantifier "*"' },
  { name: "relationship plus", query: "MATCH (a)-->+(b) RETURN b", refused: 'path quantifier "+"' },
  { name: "relationship quantifier", query: "MATCH (a)-[:R]->{1,20}(b) RETURN b", refused: "limit of 10" },
  { name: "unbounded inside exists", query: "MATCH (a) WHERE EXISTS { (a)-[*]-(b) } RETURN a", refused: "no upper" },
];

export const ACCEPTED_QUERIES: readonly AcceptedQuery[] = [
  { name: "match all", query: "MATCH (n) RETURN n LIMIT 25", dialect: "any" },
  { name: "trailing semicolon and comment", query: "MATCH (n) RETURN n LIMIT 5; // done", dialect: "any" },
  { name: "write words in strings", query: "MATCH (n) WHERE n.name = 'CREATE (x); DELETE' RETURN n", dialect: "any" },
  { name: "double quoted string", query: 'RETURN "MERGE (n) SET n.x = 1; DROP TABLE x" AS text', dialect: "any" },
  { name: "escaped quotes", query: "RETURN 'it\\'s \\\\ a \"set\"' AS s", dialect: "any" },
  { name: "write words in comments", query: "// CREATE, DELETE\nMATCH (n) /* SET n.x = 1 */ RETURN n", dialect: "any" },
  { name: "property named like writes", query: "MATCH (n) RETURN n.set, n.delete, n.create LIMIT 3", dialect: "neo4j" },
  { name: "map keys named like writes", query: "RETURN {delete: 1, create: 2, `set`: 3} AS m", dialect: "neo4j" },
  { name: "backticked names", query: "MATCH (`create`) RETURN `create`.name AS `DELETE`", dialect: "any" },
  { name: "alias named like a write", query: "MATCH (n) RETURN n.name AS merge", dialect: "any" },
  { name: "label named like a write", query: "MATCH (n:Remove|Drop) RETURN count(n)", dialect: "neo4j" },
  {
    name: "where with boolean logic",
    query: "MATCH (a)-[r]->(b) WHERE a.name STARTS WITH 'Micro' AND NOT b.name ENDS WITH 'x' RETURN a, r, b",
    dialect: "any",
  },
  {
    name: "optional match and aggregation",
    query:
      "MATCH (a) OPTIONAL MATCH (a)-[r]-(b) RETURN a.name AS name, count(r) AS degree ORDER BY degree DESC LIMIT 10",
    dialect: "any",
  },
  {
    name: "bounded variable length",
    query: "MATCH p = (a)-[*1..3]-(b) WHERE a.id = $from RETURN p LIMIT 10",
    dialect: "any",
  },
  { name: "exact hop count", query: "MATCH (a)-[*2]-(b) RETURN count(*) AS c", dialect: "any" },
  { name: "kuzu shortest path", query: "MATCH (a)-[e* SHORTEST 1..6]-(b) RETURN length(e)", dialect: "kuzu" },
  {
    name: "neo4j shortest path",
    query: "MATCH p = shortestPath((a {id: $a})-[*..6]-(b {id: $b})) RETURN p",
    dialect: "neo4j",
  },
  {
    name: "union all",
    query: "MATCH (a) RETURN a.name AS name UNION ALL MATCH (b) RETURN b.name AS name",
    dialect: "any",
  },
  { name: "union", query: "RETURN 1 AS x UNION RETURN 2 AS x", dialect: "any" },
  {
    name: "list comprehension",
    query: "RETURN [x IN range(1, 10) WHERE x % 2 = 0 | x * x] AS squares",
    dialect: "neo4j",
  },
  {
    name: "case expression",
    query: "MATCH (n) RETURN CASE WHEN n.kind = 'Person' THEN 'who' ELSE 'what' END AS question, n.name",
    dialect: "any",
  },
  {
    name: "exists subquery",
    query: "MATCH (n) WHERE EXISTS { MATCH (n)-->(m) WHERE m.name CONTAINS 'set' } RETURN n",
    dialect: "neo4j",
  },
  { name: "count subquery", query: "MATCH (n) WHERE COUNT { (n)--() } > 2 RETURN n.name", dialect: "neo4j" },
  {
    name: "call read subquery",
    query: "MATCH (n) CALL (n) { MATCH (n)-->(m) RETURN count(m) AS out } RETURN n.name, out",
    dialect: "neo4j",
  },
  { name: "unwind and with", query: "UNWIND $ids AS id MATCH (n {id: id}) WITH n, id RETURN n, id", dialect: "any" },
  { name: "neo4j labels", query: "CALL db.labels() YIELD label RETURN label ORDER BY label", dialect: "neo4j" },
  { name: "neo4j relationship types", query: "CALL db.relationshipTypes()", dialect: "neo4j" },
  { name: "neo4j schema", query: "CALL db.schema.visualization()", dialect: "neo4j" },
  { name: "kuzu show tables", query: "CALL show_tables() RETURN *", dialect: "kuzu" },
  { name: "kuzu table info", query: "CALL table_info('Entity') RETURN name, type", dialect: "kuzu" },
  { name: "explain", query: "EXPLAIN MATCH (n) RETURN n", dialect: "any" },
  {
    name: "quantified path within limit",
    query: "MATCH (a) ((x)-[:R]->(y)){1,5} (b) RETURN b",
    dialect: "neo4j",
  },
  {
    name: "pattern comprehension and map projection",
    query: "MATCH (n) RETURN n {.name, .id, friends: [(n)--(m) | m.name]} AS card",
    dialect: "neo4j",
  },
  {
    name: "skip limit parameters",
    query: "MATCH (n) RETURN n ORDER BY n.name SKIP $skip LIMIT $limit",
    dialect: "any",
  },
  { name: "is not null", query: "MATCH (n) WHERE n.name IS NOT NULL RETURN DISTINCT n.kind", dialect: "any" },
  { name: "date function", query: "RETURN date.truncate('month', date('2019-10-25')) AS month", dialect: "neo4j" },
  {
    name: "arithmetic with parentheses",
    query: "RETURN (1 + 2) * (3 - 4) AS x, -5 - [1, 2][0] AS y",
    dialect: "neo4j",
  },
  { name: "cast", query: "MATCH (n) RETURN CAST(n.id AS STRING) AS id", dialect: "kuzu" },
  {
    name: "relationship types alternative",
    query: "MATCH (a)-[r:WON|AWARDED]->(b) RETURN type(r), b.name",
    dialect: "neo4j",
  },
  {
    name: "collect subquery",
    query: "MATCH (n) RETURN COLLECT { MATCH (n)-->(m) RETURN m.name } AS names",
    dialect: "neo4j",
  },
  { name: "unicode names", query: "MATCH (n) WHERE n.name = 'Bézos' RETURN n.größe AS größe", dialect: "neo4j" },
];
