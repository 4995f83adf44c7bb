// The words the read-only guard knows: read clauses it accepts, words that start anything else
// (writes, schema, admin, transactions), and the words that may follow an expression inside a clause.

/** Clauses a read query is made of. Anything else at a clause position is refused. */
export const READ_CLAUSE_KEYWORDS = new Set([
  "MATCH",
  "OPTIONAL",
  "WHERE",
  "WITH",
  "UNWIND",
  "RETURN",
  "ORDER",
  "SKIP",
  "OFFSET",
  "LIMIT",
  "UNION",
  "CALL",
]);

/**
 * Words that begin a write, schema, admin or transaction statement in Neo4j or Kuzu. They are refused
 * wherever they are not plainly a name (a property key, map key, label or alias), so a write cannot
 * hide inside a subquery, a FOREACH body or after a comment.
 */
export const FORBIDDEN_KEYWORDS = new Set([
  "CREATE",
  "MERGE",
  "SET",
  "DELETE",
  "DETACH",
  "NODETACH",
  "REMOVE",
  "INSERT",
  "FOREACH",
  "DROP",
  "ALTER",
  "RENAME",
  "LOAD",
  "COPY",
  "INSTALL",
  "UNINSTALL",
  "ATTACH",
  "EXPORT",
  "IMPORT",
  "CHECKPOINT",
  "BEGIN",
  "COMMIT",
  "ROLLBACK",
  "USE",
  "SHOW",
  "PROFILE",
  "TERMINATE",
  "GRANT",
  "REVOKE",
  "DENY",
  "TRANSACTIONS",
]);

/** For messages: the word after a forbidden keyword that completes the clause's name. */
export const FORBIDDEN_CLAUSE_SECOND_WORDS: Record<string, readonly string[]> = {
  DETACH: ["DELETE", "DATABASE"],
  NODETACH: ["DELETE"],
  LOAD: ["CSV", "FROM", "EXTENSION"],
  EXPORT: ["DATABASE"],
  IMPORT: ["DATABASE"],
  DROP: ["TABLE", "INDEX", "CONSTRAINT", "DATABASE", "SEQUENCE", "USER", "ROLE"],
  CREATE: ["NODE", "REL", "INDEX", "CONSTRAINT", "DATABASE", "USER", "ROLE", "SEQUENCE", "MACRO"],
  ALTER: ["TABLE", "DATABASE", "USER"],
  SHOW: ["DATABASES", "USERS", "ROLES", "PROCEDURES", "FUNCTIONS", "INDEXES", "CONSTRAINTS", "TRANSACTIONS"],
};

/**
 * Keywords that may directly follow a finished expression inside a clause. A word in that position
 * that is neither one of these nor a read clause is refused: it would start a clause we do not know.
 */
export const CONTINUATION_KEYWORDS = new Set([
  "AS",
  "AND",
  "OR",
  "XOR",
  "NOT",
  "IN",
  "IS",
  "STARTS",
  "ENDS",
  "CONTAINS",
  "ASC",
  "DESC",
  "ASCENDING",
  "DESCENDING",
  "NULLS",
  "FIRST",
  "LAST",
  "WHERE",
  "YIELD",
  "WHEN",
  "THEN",
  "ELSE",
  "END",
  "SHORTEST",
  "GROUPS",
  "GROUP",
  "PATH",
  "PATHS",
  "ELEMENTS",
  "RELATIONSHIPS",
]);

/** Keywords after which the next token begins an operand (so they do not end an expression). */
export const OPERATOR_KEYWORDS = new Set([
  "AS",
  "AND",
  "OR",
  "XOR",
  "NOT",
  "IN",
  "IS",
  "STARTS",
  "ENDS",
  "CONTAINS",
  "WHERE",
  "YIELD",
  "WHEN",
  "THEN",
  "ELSE",
  "CASE",
  "DISTINCT",
  "ALL",
  "ANY",
  "SHORTEST",
  "REPEATABLE",
  "DIFFERENT",
  "BY",
  ...READ_CLAUSE_KEYWORDS,
]);

/** Namespaced functions allowed in expressions; anything else dotted and called (apoc.*, dbms.*) is refused. */
export const ALLOWED_FUNCTION_NAMESPACES = [
  "date.",
  "datetime.",
  "localdatetime.",
  "localtime.",
  "time.",
  "duration.",
  "point.",
  "vector.",
] as const;

export const ALLOWED_NAMESPACED_FUNCTIONS = new Set(["db.namefromelementid"]);
