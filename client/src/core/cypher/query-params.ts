// The parameters a Cypher query names ($id, $limit) and the values the analyst typed for them: only the
// parameters the query itself names are sent, so a value typed for another query never breaks this one.
import { tokenizeCypher } from "../../../../graph/cypher/lexer.js";

/** The names of the `$parameters` a query uses, in order of first use; none while it cannot be read yet. */
export function parameterNamesOf(query: string): string[] {
  let tokens;
  try {
    tokens = tokenizeCypher(query);
  } catch {
    // Half-typed text (an open string, a lone $) names nothing yet; the server says what is wrong on Run.
    return [];
  }
  const names: string[] = [];
  for (const token of tokens) if (token.type === "parameter" && !names.includes(token.value)) names.push(token.value);
  return names;
}

/** A typed value is JSON when it reads as JSON (5, true, ["a"], "5"), else the text itself. */
export function parameterValueOf(text: string): unknown {
  const trimmed = text.trim();
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    return trimmed;
  }
}

export type ParamsResult = { params: Record<string, unknown> } | { problem: string };

/** The parameters to send with `query`: each one it names, from what was typed; a missing value is a problem. */
export function paramsForQuery(query: string, typed: Readonly<Record<string, string>>): ParamsResult {
  const params: Record<string, unknown> = {};
  const missing: string[] = [];
  for (const name of parameterNamesOf(query)) {
    const text = typed[name];
    if (text === undefined || text.trim() === "") missing.push(`$${name}`);
    else params[name] = parameterValueOf(text);
  }
  if (missing.length > 0)
    return { problem: `The query uses ${missing.join(", ")}: give ${missing.length === 1 ? "it" : "each"} a value.` };
  return { params };
}
