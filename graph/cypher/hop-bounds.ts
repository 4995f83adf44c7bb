// Bounds on how far a pattern may reach: `[*]`, `[:R*1..50]`, Kuzu's `[* SHORTEST 1..5]` and
// quantified path patterns `{1,50}`. Unbounded ones and upper bounds above the limit are refused.
import { refuse } from "./refuse.js";
import type { CypherToken } from "./tokens.js";

/** Kuzu's words between `*` and the bounds of a recursive relationship. */
const RECURSIVE_MODIFIERS = new Set(["SHORTEST", "ALL", "WSHORTEST", "TRAIL", "ACYCLIC"]);

const isPunct = (token: CypherToken | undefined, raw: string) => token?.type === "punct" && token.raw === raw;

/** Tokens as text again, with a space only where two words or numbers would run together. */
function writtenAs(tokens: readonly CypherToken[]): string {
  return tokens
    .map((t, i) => {
      const previous = tokens[i - 1];
      const bothWordy = previous && previous.type !== "punct" && t.type !== "punct";
      return (bothWordy ? " " : "") + t.raw;
    })
    .join("");
}

function wholeNumber(token: CypherToken, maxHops: number): number {
  if (!/^\d+$/.test(token.raw)) refuse(`the hop bound ${token.raw}`, token, "a hop bound must be a whole number");
  const value = Number(token.raw);
  return Number.isSafeInteger(value) ? value : maxHops + 1;
}

function assertWithinLimit(what: string, at: CypherToken, upper: number | undefined, maxHops: number): void {
  if (upper === undefined) {
    refuse(what, at, `it has no upper bound; give one of at most ${maxHops} hops, e.g. *1..${maxHops}`);
  }
  if (upper > maxHops) refuse(what, at, `its upper bound of ${upper} hops is above the limit of ${maxHops} hops`);
}

/** Checks every `*` directly inside a relationship pattern `[...]` (between start and close). */
export function checkRelationshipHops(
  tokens: readonly CypherToken[],
  start: number,
  close: number,
  partner: ReadonlyMap<number, number>,
  maxHops: number,
): void {
  for (let i = start; i < close; i++) {
    const token = tokens[i]!;
    const skipTo = token.type === "punct" ? partner.get(i) : undefined;
    if (skipTo !== undefined && skipTo > i) {
      i = skipTo;
    } else if (isPunct(token, "*")) {
      let j = i + 1;
      while (j < close && tokens[j]!.type === "word" && RECURSIVE_MODIFIERS.has(tokens[j]!.value)) {
        j++;
        if (isPunct(tokens[j], "(")) j = partner.get(j)! + 1;
      }
      let lower: number | undefined;
      let upper: number | undefined;
      if (tokens[j]?.type === "number") lower = wholeNumber(tokens[j++]!, maxHops);
      if (isPunct(tokens[j], "..")) {
        j++;
        if (tokens[j]?.type === "number") upper = wholeNumber(tokens[j++]!, maxHops);
      } else upper = lower;
      const written = writtenAs(tokens.slice(i, j));
      assertWithinLimit(`the variable-length relationship "${written}"`, token, upper, maxHops);
      i = j - 1;
    }
  }
}

/** The contents of `{...}` after a pattern when they are a quantifier: `{3}`, `{1,5}`, `{2,}`, `{,4}`. */
export function quantifierBounds(
  tokens: readonly CypherToken[],
  start: number,
  close: number,
): { upper: number | undefined } | undefined {
  const inside = tokens.slice(start, close);
  const shape = inside.map((t) => (t.type === "number" ? "n" : isPunct(t, ",") ? "," : "?")).join("");
  if (!["n", "n,", ",n", "n,n", ","].includes(shape)) return undefined;
  const comma = shape.indexOf(",");
  const upperToken = comma === -1 ? inside[0] : inside[comma + 1];
  return { upper: upperToken ? Number(upperToken.raw) : undefined };
}

export function checkQuantifier(
  tokens: readonly CypherToken[],
  start: number,
  close: number,
  maxHops: number,
): boolean {
  const bounds = quantifierBounds(tokens, start, close);
  if (!bounds) return false;
  const open = tokens[start - 1]!;
  for (const token of tokens.slice(start, close)) if (token.type === "number") wholeNumber(token, maxHops);
  const written = writtenAs(tokens.slice(start - 1, close + 1));
  assertWithinLimit(`the path quantifier "${written}"`, open, bounds.upper, maxHops);
  return true;
}

/** `+` and `*` after a pattern element are quantifiers without an upper bound. */
export function refuseUnboundedShorthand(token: CypherToken, maxHops: number): never {
  refuse(
    `the path quantifier "${token.raw}"`,
    token,
    `it has no upper bound; write {1,${maxHops}} or less instead of ${token.raw}`,
  );
}
