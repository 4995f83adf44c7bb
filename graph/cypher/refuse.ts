// One way to refuse a query: the message says what was refused and where (line:column).
import { QueryRefusedError } from "../errors.js";

export interface Position {
  line: number;
  column: number;
}

/** Throws QueryRefusedError("<what> at line:column: <why>") with the same facts as details. */
export function refuse(what: string, at: Position | undefined, why: string): never {
  const where = at ? ` at ${at.line}:${at.column}` : "";
  throw new QueryRefusedError(`Refused ${what}${where}: ${why}`, {
    refused: what,
    ...(at ? { line: at.line, column: at.column } : {}),
    reason: why,
  });
}
