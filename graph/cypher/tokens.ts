// The tokens the read-only guard reads a Cypher query as, with where each one starts.

export type CypherTokenType = "word" | "quoted" | "string" | "number" | "parameter" | "punct";

export interface CypherToken {
  type: CypherTokenType;
  /** The text as written in the query. */
  raw: string;
  /** Words: NFKC-normalised upper case (the keyword they act as). Quoted: the unescaped name. Others: raw. */
  value: string;
  line: number;
  column: number;
}

export function positionOf(token: Pick<CypherToken, "line" | "column">): string {
  return `${token.line}:${token.column}`;
}
