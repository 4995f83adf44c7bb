// Runs a user's Cypher in a READ session with a timeout and a row cap: the database's own refusal of
// writes backs up the read-only guard. Results become plain JSON (see cypher-values.ts).
import neo4j, { type Session } from "neo4j-driver";
import { InvalidInputError } from "../errors.js";
import type { CypherLimits, CypherResult } from "../store.js";
import { createValueConverter, relationshipElementIds } from "./cypher-values.js";
import { toStoreError } from "./neo4j-errors.js";
import { RELATIONSHIP_ENDS } from "./queries.js";

/** Opens a session in the given access mode; fetchSize bounds how many records are pulled at once. */
export type SessionFactory = (mode: "READ" | "WRITE", fetchSize?: number) => Session;

export async function runInReadSession(
  openSession: SessionFactory,
  query: string,
  params: Record<string, unknown>,
  limits: CypherLimits,
  uri: string,
): Promise<CypherResult> {
  const maxRows = checkedLimit(limits.maxRows);
  const session = openSession("READ", Math.min(maxRows + 1, 1000));
  try {
    // Auto-commit, not a managed transaction: a user's query runs once, never retried.
    const result = session.run(query, integersOf(params), { timeout: limits.timeoutMs });
    const columns = await result.keys();
    const raw: unknown[][] = [];
    for await (const record of result) {
      raw.push(columns.map((column) => record.get(column)));
      if (raw.length > maxRows) break;
    }
    const kept = raw.slice(0, maxRows);
    const elementIds = relationshipElementIds(kept.flat());
    const ends = new Map<string, { source: string; target: string }>();
    if (elementIds.length > 0) {
      const endRows = await session.run(RELATIONSHIP_ENDS, { elementIds }, { timeout: limits.timeoutMs });
      for (const r of endRows.records)
        ends.set(r.get("elementId"), { source: r.get("source"), target: r.get("target") });
    }
    const converter = createValueConverter(ends);
    return {
      columns,
      rows: kept.map((row) => row.map((value) => converter.convert(value))),
      entityIds: [...converter.entityIds].sort(),
      relationIds: [...converter.relationIds].sort(),
      truncated: raw.length > maxRows,
    };
  } catch (error) {
    throw toStoreError(error, { operation: "runReadOnlyCypher", uri });
  } finally {
    await session.close().catch(() => undefined);
  }
}

export function checkedLimit(limit: number): number {
  if (!Number.isInteger(limit) || limit < 0) {
    throw new InvalidInputError(`limit must be a whole number of zero or more, got ${limit}`, { parameter: "limit" });
  }
  return limit;
}

/** JSON numbers arrive as floats; whole ones become Cypher integers so `LIMIT $n` and `= 5` work as written. */
function integersOf(value: unknown): never {
  if (typeof value === "number" && Number.isSafeInteger(value)) return neo4j.int(value) as never;
  if (Array.isArray(value)) return value.map(integersOf) as never;
  if (typeof value === "object" && value !== null && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, integersOf(inner)])) as never;
  }
  return value as never;
}
