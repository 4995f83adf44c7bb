// The console's read-only Cypher on Kuzu: the shared guard first, then a read-only transaction with a
// timeout and a row cap, then plain JSON. Parameters are checked because the engine cannot type an empty list.
import { assertReadOnlyCypher } from "../cypher/read-only-guard.js";
import { InvalidInputError } from "../errors.js";
import type { CypherLimits, CypherResult } from "../store.js";
import type { CrashProbe } from "./crash-probe/crash-probe.js";
import type { KuzuSession, Params } from "./kuzu-session.js";
import { createValueConverter } from "./kuzu-values.js";

/** Kuzu 0.11 and LadybugDB 0.19.1 refuse variable-length patterns above 30 hops and cap `*` at 30 silently. */
export const KUZU_MAX_VARIABLE_LENGTH_HOPS = 30;

export async function runKuzuReadOnlyCypher(
  session: KuzuSession,
  query: string,
  params: Record<string, unknown>,
  limits: CypherLimits,
  crashProbe: CrashProbe,
): Promise<CypherResult> {
  checkLimits(limits);
  assertReadOnlyCypher(query, { maxVariableLengthHops: KUZU_MAX_VARIABLE_LENGTH_HOPS });
  const checked = checkedParams(params);
  await crashProbe.check(query, checked);
  const result = await session.console(query, checked, limits);
  const converter = createValueConverter();
  const rows = result.rows.map((row) => result.columns.map((column) => converter.convert(row[column])));
  return {
    columns: result.columns,
    rows,
    entityIds: [...converter.entityIds].sort(),
    relationIds: [...converter.relationIds].sort(),
    truncated: result.truncated,
  };
}

function checkLimits(limits: CypherLimits): void {
  for (const key of ["maxRows", "timeoutMs"] as const) {
    const value = limits[key];
    if (!Number.isSafeInteger(value) || value < 1) {
      throw new InvalidInputError(`${key} must be a positive whole number, got ${String(value)}`, { parameter: key });
    }
  }
}

const PARAMETER_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Refused with a clear word: Kuzu 0.11 turns [] and {} into untyped nulls and may crash on them; LadybugDB
 * 0.19.1 fails on [] with an internal "vector with ANY type" error and still reads {} as null.
 */
export function checkedParams(params: Record<string, unknown>): Params {
  const checked: Params = {};
  for (const [name, value] of Object.entries(params)) {
    if (!PARAMETER_NAME.test(name)) {
      throw new InvalidInputError(`parameter name "${name}" is not a plain identifier`, { parameter: name });
    }
    checked[name] = checkedValue(value, `$${name}`);
  }
  return checked;
}

function checkedValue(value: unknown, where: string): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new InvalidInputError(`${where} must be a finite number`, { parameter: where });
    return value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) {
      throw new InvalidInputError(`${where} is an empty list, which the embedded engine cannot take as a parameter`, {
        parameter: where,
      });
    }
    return value.map((item, i) => checkedValue(item, `${where}[${i}]`));
  }
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const entries = Object.entries(value);
    if (entries.length === 0) {
      throw new InvalidInputError(`${where} is an empty map, which the embedded engine cannot take as a parameter`, {
        parameter: where,
      });
    }
    return Object.fromEntries(entries.map(([key, inner]) => [key, checkedValue(inner, `${where}.${key}`)]));
  }
  throw new InvalidInputError(`${where} must be JSON: a string, number, boolean, null, list or map`, {
    parameter: where,
  });
}
