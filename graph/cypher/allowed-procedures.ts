// Procedures a read query may CALL: Neo4j's schema lookups and Kuzu's catalogue table functions.
// Listed by name, compared case-insensitively; every other procedure (apoc.*, dbms.*, gds.*) is refused.

export const ALLOWED_READ_PROCEDURES = [
  // Neo4j
  "db.labels",
  "db.relationshipTypes",
  "db.propertyKeys",
  "db.schema.visualization",
  "db.schema.nodeTypeProperties",
  "db.schema.relTypeProperties",
  "dbms.components",
  // Kuzu
  "show_tables",
  "table_info",
  "show_connection",
  "db_version",
  "show_indexes",
] as const;

const ALLOWED = new Set(ALLOWED_READ_PROCEDURES.map((name) => name.toLowerCase()));

export function isAllowedReadProcedure(name: string): boolean {
  return ALLOWED.has(name.toLowerCase());
}
