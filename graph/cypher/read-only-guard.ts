// The read-only guard for user Cypher: lexes the query, then parses its clause structure against an
// allow-list of read clauses and read procedures. Anything else is refused with what and where.
import { ALLOWED_READ_PROCEDURES, isAllowedReadProcedure } from "./allowed-procedures.js";
import { matchBrackets } from "./brackets.js";
import { checkQuantifier, checkRelationshipHops, refuseUnboundedShorthand } from "./hop-bounds.js";
import {
  ALLOWED_FUNCTION_NAMESPACES,
  ALLOWED_NAMESPACED_FUNCTIONS,
  CONTINUATION_KEYWORDS,
  FORBIDDEN_CLAUSE_SECOND_WORDS,
  FORBIDDEN_KEYWORDS,
  OPERATOR_KEYWORDS,
  READ_CLAUSE_KEYWORDS,
} from "./keywords.js";
import { tokenizeCypher } from "./lexer.js";
import { refuse } from "./refuse.js";
import type { CypherToken } from "./tokens.js";

export const DEFAULT_MAX_VARIABLE_LENGTH_HOPS = 10;
/** Neo4j's planner hangs for minutes on a few hundred nested brackets and slows on very long expressions. */
export const MAX_BRACKET_DEPTH = 32;
export const MAX_QUERY_TOKENS = 3_000;

export interface ReadOnlyGuardOptions {
  /** The largest upper bound a variable-length relationship or path quantifier may have. */
  maxVariableLengthHops?: number;
}

const READ_CLAUSES_TEXT =
  "only read queries are accepted: MATCH, OPTIONAL MATCH, WHERE, WITH, UNWIND, RETURN, ORDER BY, SKIP, LIMIT, " +
  "UNION and CALL of a read procedure";

/** Throws QueryRefusedError unless the query is one read-only statement within the hop limit. */
export function assertReadOnlyCypher(query: string, options: ReadOnlyGuardOptions = {}): void {
  const maxHops = options.maxVariableLengthHops ?? DEFAULT_MAX_VARIABLE_LENGTH_HOPS;
  if (typeof query !== "string") refuse("a query that is not text", undefined, "send the query as a string");
  const tokens = tokenizeCypher(query);
  assertWithinSize(tokens);
  tokens.forEach((token, index) => {
    if (token.type === "punct" && token.raw === ";" && index !== tokens.length - 1) {
      refuse("a second statement", token, "one statement at a time; a ';' may only end the query");
    }
  });
  const statement = tokens.at(-1)?.raw === ";" && tokens.at(-1)?.type === "punct" ? tokens.slice(0, -1) : tokens;
  if (statement.length === 0) refuse("an empty query", undefined, "there is nothing to run");
  const parser = new ReadQueryParser(statement, matchBrackets(statement), maxHops);
  const first = statement[0]!;
  const start = first.type === "word" && first.value === "EXPLAIN" ? 1 : 0;
  parser.parseQuery(start, statement.length, false);
}

function assertWithinSize(tokens: readonly CypherToken[]): void {
  if (tokens.length > MAX_QUERY_TOKENS) {
    refuse(
      `a query of ${tokens.length} tokens`,
      tokens[MAX_QUERY_TOKENS],
      `at most ${MAX_QUERY_TOKENS} are accepted; pass long lists as $parameters`,
    );
  }
  let depth = 0;
  for (const token of tokens) {
    if (isPunct(token, "(", "[", "{")) depth++;
    else if (isPunct(token, ")", "]", "}")) depth--;
    if (depth > MAX_BRACKET_DEPTH) {
      refuse(`brackets nested ${depth} deep`, token, `at most ${MAX_BRACKET_DEPTH} levels of nesting are accepted`);
    }
  }
}

interface RegionMode {
  /** Directly inside a clause (not in brackets): read clause keywords end the region. */
  clauseLevel: boolean;
  /** A MATCH pattern, where `+` and `*` after an element are path quantifiers. */
  pattern: boolean;
}

const isPunct = (token: CypherToken | undefined, ...raws: string[]) =>
  token?.type === "punct" && raws.includes(token.raw);
const isWord = (token: CypherToken | undefined, ...values: string[]) =>
  token?.type === "word" && (values.length === 0 || values.includes(token.value));

class ReadQueryParser {
  constructor(
    private readonly tokens: readonly CypherToken[],
    private readonly partner: ReadonlyMap<number, number>,
    private readonly maxHops: number,
  ) {}

  /** A query or subquery body from start up to (not including) end. */
  parseQuery(start: number, end: number, implicitPatternFirst: boolean): void {
    if (start >= end) refuse("an empty query", this.tokens[start - 1], "a query needs at least one clause");
    let i = start;
    if (implicitPatternFirst && !this.isClauseStart(this.tokens[i]!)) {
      i = this.scanRegion(i, end, { clauseLevel: true, pattern: true });
    }
    while (i < end) i = this.parseClause(i, end);
  }

  private isClauseStart(token: CypherToken): boolean {
    return token.type === "word" && (READ_CLAUSE_KEYWORDS.has(token.value) || FORBIDDEN_KEYWORDS.has(token.value));
  }

  private parseClause(i: number, end: number): number {
    const token = this.tokens[i]!;
    if (token.type !== "word") {
      refuse(`"${token.raw}"`, token, `a clause was expected here; ${READ_CLAUSES_TEXT}`);
    }
    const next = this.tokens[i + 1];
    switch (token.value) {
      case "MATCH":
        return this.scanRegion(i + 1, end, { clauseLevel: true, pattern: true });
      case "OPTIONAL":
        if (isWord(next, "MATCH")) return this.scanRegion(i + 2, end, { clauseLevel: true, pattern: true });
        if (isWord(next, "CALL")) return this.parseCall(i + 1, end);
        return refuse("OPTIONAL", token, "OPTIONAL must be followed by MATCH or CALL");
      case "WHERE":
      case "WITH":
      case "UNWIND":
      case "RETURN":
      case "SKIP":
      case "OFFSET":
      case "LIMIT":
        return this.scanRegion(i + 1, end, { clauseLevel: true, pattern: false });
      case "ORDER":
        if (!isWord(next, "BY")) refuse("ORDER", token, "ORDER must be followed by BY");
        return this.scanRegion(i + 2, end, { clauseLevel: true, pattern: false });
      case "UNION": {
        const after = isWord(next, "ALL", "DISTINCT") ? i + 2 : i + 1;
        if (after >= end) refuse("UNION", token, "a query must follow UNION");
        return after;
      }
      case "CALL":
        return this.parseCall(i, end);
      default:
        if (FORBIDDEN_KEYWORDS.has(token.value)) this.refuseForbidden(i);
        return refuse(`"${token.raw}"`, token, `it is not a read clause; ${READ_CLAUSES_TEXT}`);
    }
  }

  /** CALL { subquery }, CALL (vars) { subquery } or CALL of an allow-listed read procedure. */
  private parseCall(i: number, end: number): number {
    const call = this.tokens[i]!;
    const next = this.tokens[i + 1];
    if (isPunct(next, "{")) return this.parseCallSubquery(i + 1);
    if (isPunct(next, "(")) {
      const close = this.partner.get(i + 1)!;
      if (!isPunct(this.tokens[close + 1], "{")) refuse("CALL (", next!, "expected a procedure name or a { subquery }");
      this.scanRegion(i + 2, close, { clauseLevel: false, pattern: false });
      return this.parseCallSubquery(close + 1);
    }
    let j = i + 1;
    const parts: string[] = [];
    for (;;) {
      const part = this.tokens[j];
      if (j >= end || !part || (part.type !== "word" && part.type !== "quoted")) {
        refuse("CALL", call, "expected a procedure name or a { subquery }");
      }
      parts.push(part.type === "quoted" ? part.value : part.raw);
      j++;
      if (!isPunct(this.tokens[j], ".")) break;
      j++;
    }
    const name = parts.join(".");
    if (!isAllowedReadProcedure(name)) {
      refuse(`CALL ${name}`, call, `it is not a read procedure we allow (${ALLOWED_READ_PROCEDURES.join(", ")})`);
    }
    if (isPunct(this.tokens[j], "(")) {
      const close = this.partner.get(j)!;
      this.scanRegion(j + 1, close, { clauseLevel: false, pattern: false });
      j = close + 1;
    }
    return this.scanRegion(j, end, { clauseLevel: true, pattern: false });
  }

  private parseCallSubquery(open: number): number {
    const close = this.partner.get(open)!;
    this.parseQuery(open + 1, close, false);
    const after = this.tokens[close + 1];
    if (isWord(after, "IN")) {
      refuse("CALL { } IN TRANSACTIONS", after, "batched transactions are for writing; run the subquery as is");
    }
    return close + 1;
  }

  /**
   * The body of a clause or the inside of brackets. Returns where a new clause starts (at clause level)
   * or `end`. Refuses forbidden keywords and words that would start a clause we do not accept.
   */
  private scanRegion(start: number, end: number, mode: RegionMode): number {
    let afterOperand = false;
    let i = start;
    while (i < end) {
      const token = this.tokens[i]!;
      if (token.type === "word") {
        const isName = this.isNamePosition(i);
        if (!isName) {
          const keyword = token.value;
          if (FORBIDDEN_KEYWORDS.has(keyword)) this.refuseForbidden(i);
          const isOperatorWith = keyword === "WITH" && isWord(this.tokens[i - 1], "STARTS", "ENDS");
          if (mode.clauseLevel && READ_CLAUSE_KEYWORDS.has(keyword) && !isOperatorWith) return i;
          if (afterOperand && !CONTINUATION_KEYWORDS.has(keyword) && !READ_CLAUSE_KEYWORDS.has(keyword)) {
            refuse(`"${token.raw}"`, token, `it would start a clause that is not accepted; ${READ_CLAUSES_TEXT}`);
          }
          this.checkNamespacedCall(i);
        }
        afterOperand = isName || !OPERATOR_KEYWORDS.has(token.value);
        i++;
      } else if (isPunct(token, "(", "[", "{")) {
        i = this.scanBracket(i, mode.pattern);
        afterOperand = true;
      } else {
        if (mode.pattern && isPunct(token, "+", "*") && isPunct(this.tokens[i - 1], ")", "-", ">")) {
          refuseUnboundedShorthand(token, this.maxHops);
        }
        afterOperand = token.type !== "punct";
        i++;
      }
    }
    return end;
  }

  /** Scans a bracketed group starting at `open`; returns the index after its closing bracket. */
  private scanBracket(open: number, inPattern: boolean): number {
    const token = this.tokens[open]!;
    const close = this.partner.get(open)!;
    const before = this.tokens[open - 1];
    // A parenthesised group of a pattern is a pattern too: `((a)--(b))+` quantifies a path inside it.
    const inside: RegionMode = { clauseLevel: false, pattern: inPattern && token.raw === "(" };
    if (token.raw === "{") {
      if (isWord(before, "EXISTS", "COUNT", "COLLECT") && !this.isNamePosition(open - 1)) {
        this.parseQuery(open + 1, close, true);
        return close + 1;
      }
      if (isPunct(before, ")", "-", ">") && checkQuantifier(this.tokens, open + 1, close, this.maxHops)) {
        return close + 1;
      }
    } else if (token.raw === "[" && isPunct(before, "-")) {
      checkRelationshipHops(this.tokens, open + 1, close, this.partner, this.maxHops);
    }
    this.scanRegion(open + 1, close, inside);
    return close + 1;
  }

  /** Words that are plainly names: property keys, map keys, labels, relationship types and aliases. */
  private isNamePosition(i: number): boolean {
    const before = this.tokens[i - 1];
    const after = this.tokens[i + 1];
    if (isPunct(before, ".", ":", "::") || isPunct(after, ":")) return true;
    if (isWord(before, "AS") && !this.isNamePosition(i - 1) && this.endsOperand(i - 2)) {
      // CALL is never an alias: a word after `AS` that reads CALL still starts a procedure call.
      return !isWord(this.tokens[i], "CALL");
    }
    return isPunct(before, "|", "&", "!") && this.continuesLabelExpression(i - 1);
  }

  /**
   * Whether the token at `j` can end an expression, so that a following `AS` is the keyword AS. After a
   * clause word (`WITH as …`) or an operator, `as` is a variable named as, and the word after it is no alias.
   */
  private endsOperand(j: number): boolean {
    const token = this.tokens[j];
    if (!token) return false;
    if (token.type === "punct") return isPunct(token, ")", "]", "}");
    if (token.type !== "word" || this.isNamePosition(j)) return true;
    return !READ_CLAUSE_KEYWORDS.has(token.value) && !OPERATOR_KEYWORDS.has(token.value) && token.value !== "AS";
  }

  /** Whether the operator at `op` continues a label expression such as `:A|B` or `:!A&B`. */
  private continuesLabelExpression(op: number): boolean {
    for (let j = op - 1; j >= 0; j--) {
      const token = this.tokens[j]!;
      if (isPunct(token, ":")) return true;
      if (!(token.type === "word" || token.type === "quoted" || isPunct(token, "|", "&", "!", "%"))) return false;
    }
    return false;
  }

  /** `apoc.create.node(...)` and other namespaced calls outside the built-in read namespaces. */
  private checkNamespacedCall(i: number): void {
    const parts = [this.tokens[i]!.raw];
    let j = i;
    while (isPunct(this.tokens[j + 1], ".") && ["word", "quoted"].includes(this.tokens[j + 2]?.type ?? "")) {
      const part = this.tokens[j + 2]!;
      parts.push(part.type === "quoted" ? part.value : part.raw);
      j += 2;
    }
    if (parts.length < 2 || !isPunct(this.tokens[j + 1], "(")) return;
    const name = parts.join(".");
    const lower = name.toLowerCase();
    if (ALLOWED_NAMESPACED_FUNCTIONS.has(lower) || ALLOWED_FUNCTION_NAMESPACES.some((ns) => lower.startsWith(ns))) {
      return;
    }
    refuse(`the function ${name}`, this.tokens[i]!, "only built-in functions may be called in a read query");
  }

  private refuseForbidden(i: number): never {
    const token = this.tokens[i]!;
    const second = this.tokens[i + 1];
    const completes = second?.type === "word" && FORBIDDEN_CLAUSE_SECOND_WORDS[token.value]?.includes(second.value);
    const clause = completes ? `${token.value} ${second.value}` : token.value;
    if (token.value === "PROFILE") refuse(clause, token, "PROFILE runs the query; use EXPLAIN to see its plan");
    if (token.value === "TRANSACTIONS") refuse("IN TRANSACTIONS", token, "batched transactions are for writing");
    return refuse(clause, token, READ_CLAUSES_TEXT);
  }
}
