// Cypher lexer for the read-only guard: strings, backtick names, comments, numbers, parameters and
// punctuation, so that only real keywords are read as keywords. Anything it cannot place is refused.
import { isPlainAscii, keywordValueOf, latinSkeletonOf } from "./look-alikes.js";
import { FORBIDDEN_KEYWORDS, READ_CLAUSE_KEYWORDS } from "./keywords.js";
import { refuse, type Position } from "./refuse.js";
import type { CypherToken, CypherTokenType } from "./tokens.js";

const WORD_START = /[\p{L}\p{Nl}_]/u;
const WORD_PART = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]/u;
const WHITESPACE = /\s/u;
// The widest set of line ends: a database that ends `//` comments at fewer of them only hides less.
const LINE_END = new Set(["\n", "\r", "\u2028", "\u2029", "\u0085", "\u000b", "\u000c"]);
const STRING_ESCAPES = new Set(["\\", "'", '"', "b", "f", "n", "r", "t", "u", "U", "x", "X", "B", "F", "N", "R", "T"]);
const NUMBER = /^(?:0x[0-9a-f_]+|0o[0-7_]+|\d[\d_]*(?:\.\d[\d_]*)?(?:e[+-]?\d+)?)/i;
const PUNCTUATION = ["..", "<>", "<=", ">=", "=~", "::", "(", ")", "[", "]", "{", "}", ",", ".", ":", ";", "|", "&"]
  .concat(["=", "<", ">", "+", "-", "*", "/", "%", "^", "!", "$"])
  .sort((a, b) => b.length - a.length);

export function tokenizeCypher(query: string): CypherToken[] {
  const chars = Array.from(query);
  const tokens: CypherToken[] = [];
  let i = 0;
  let line = 1;
  let column = 1;

  const here = (): Position => ({ line, column });
  const advance = (count: number) => {
    for (let k = 0; k < count && i < chars.length; k++) {
      const ch = chars[i++]!;
      if (ch === "\n" || (ch === "\r" && chars[i] !== "\n") || ch === "\u2028" || ch === "\u2029") {
        line++;
        column = 1;
      } else column++;
    }
  };
  const text = (from: number, to: number) => chars.slice(from, to).join("");
  const push = (type: CypherTokenType, start: number, at: Position, value?: string) => {
    const raw = text(start, i);
    tokens.push({ type, raw, value: value ?? raw, line: at.line, column: at.column });
  };

  // Backtick names escape a backtick by doubling it, in Neo4j and Kuzu alike.
  const readBacktickName = (at: Position): string => {
    advance(1);
    let value = "";
    for (;;) {
      if (i >= chars.length) refuse("an unterminated `name`", at, "the backtick name never ends");
      if (chars[i] === "`" && chars[i + 1] === "`") {
        value += "`";
        advance(2);
      } else if (chars[i] === "`") {
        advance(1);
        return value;
      } else {
        value += chars[i];
        advance(1);
      }
    }
  };

  while (i < chars.length) {
    const ch = chars[i]!;
    const next = chars[i + 1];
    const at = here();
    const start = i;

    if (WHITESPACE.test(ch)) {
      advance(1);
    } else if (ch === "/" && next === "/") {
      while (i < chars.length && !LINE_END.has(chars[i]!)) advance(1);
    } else if (ch === "/" && next === "*") {
      advance(2);
      while (i < chars.length && !(chars[i] === "*" && chars[i + 1] === "/")) advance(1);
      if (i >= chars.length) refuse("an unterminated /* comment", at, "the comment never ends");
      advance(2);
    } else if (ch === "'" || ch === '"') {
      advance(1);
      let value = "";
      for (;;) {
        if (i >= chars.length) refuse("an unterminated string", at, `the string opened with ${ch} never ends`);
        const c = chars[i]!;
        if (c === "\\") {
          const escaped = chars[i + 1];
          if (escaped === undefined || !STRING_ESCAPES.has(escaped)) {
            refuse(`the escape \\${escaped ?? ""} in a string`, here(), "only standard escapes are accepted");
          }
          value += escaped;
          advance(2);
        } else if (c === ch) {
          advance(1);
          break;
        } else {
          value += c;
          advance(1);
        }
      }
      // Some dialects read '' inside a string as an escaped quote; we cannot know which, so refuse.
      if (chars[i] === ch) refuse("a doubled quote after a string", here(), "write the quote as \\" + ch);
      push("string", start, at, value);
    } else if (ch === "`") {
      push("quoted", start, at, readBacktickName(at));
    } else if (/[0-9]/.test(ch)) {
      const match = NUMBER.exec(text(i, Math.min(chars.length, i + 200)));
      advance(match ? Array.from(match[0]).length : 1);
      if (i < chars.length && WORD_PART.test(chars[i]!)) {
        refuse(`the number ${text(start, i + 1)}`, at, "a number runs straight into a name");
      }
      push("number", start, at);
    } else if (ch === "$") {
      advance(1);
      if (chars[i] === "`") {
        push("parameter", start, at, readBacktickName(at));
      } else {
        while (i < chars.length && WORD_PART.test(chars[i]!)) advance(1);
        if (i === start + 1) refuse("a lone $", at, "expected a parameter name after $");
        push("parameter", start, at, text(start + 1, i));
      }
    } else if (WORD_START.test(ch)) {
      while (i < chars.length && WORD_PART.test(chars[i]!)) advance(1);
      const raw = text(start, i);
      const skeleton = latinSkeletonOf(raw);
      if (!isPlainAscii(raw) && (FORBIDDEN_KEYWORDS.has(skeleton) || READ_CLAUSE_KEYWORDS.has(skeleton))) {
        refuse(`the word "${raw}"`, at, `it imitates the keyword ${skeleton} with look-alike characters`);
      }
      push("word", start, at, keywordValueOf(raw));
    } else {
      const rest = text(i, i + 2);
      const punct = PUNCTUATION.find((p) => rest.startsWith(p));
      if (!punct) {
        const code = ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
        refuse(`the character "${ch}" (U+${code})`, at, "it is not part of Cypher we accept");
      }
      advance(punct.length);
      push("punct", start, at);
    }
  }
  return tokens;
}
