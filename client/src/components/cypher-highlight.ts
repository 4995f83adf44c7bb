// Splits Cypher text into tokens for colouring in the console: keywords, strings, numbers, labels,
// parameters and comments. Display only; the server decides what may run.

export type CypherTokenKind = "keyword" | "string" | "number" | "label" | "param" | "comment" | "text";

export interface CypherToken {
  kind: CypherTokenKind;
  text: string;
}

const KEYWORDS = new Set(
  (
    "match optional where return with as order by skip limit distinct and or not xor in is null true false " +
    "case when then else end unwind union all call yield exists count contains starts ends asc desc"
  ).split(" "),
);

const PATTERN =
  /(\/\/[^\n]*)|('(?:[^'\\]|\\.)*'?|"(?:[^"\\]|\\.)*"?)|(\$[A-Za-z_][A-Za-z0-9_]*)|(:\s*`?[A-Za-z_][A-Za-z0-9_]*`?)|(\b\d+(?:\.\d+)?\b)|([A-Za-z_][A-Za-z0-9_]*)|(\s+|.)/gs;

export function tokenizeCypher(text: string): CypherToken[] {
  const tokens: CypherToken[] = [];
  for (const m of text.matchAll(PATTERN)) {
    const [whole, comment, str, param, label, num, word] = m;
    let kind: CypherTokenKind = "text";
    if (comment) kind = "comment";
    else if (str) kind = "string";
    else if (param) kind = "param";
    else if (label) kind = "label";
    else if (num) kind = "number";
    else if (word && KEYWORDS.has(word.toLowerCase())) kind = "keyword";
    const last = tokens.at(-1);
    if (last && last.kind === kind && kind === "text") last.text += whole;
    else tokens.push({ kind, text: whole });
  }
  return tokens;
}
