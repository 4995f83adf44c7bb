// Matches (), [] and {} in a token stream; a bracket left open or closed by the wrong kind is refused.
import { refuse } from "./refuse.js";
import type { CypherToken } from "./tokens.js";

const CLOSER: Record<string, string> = { "(": ")", "[": "]", "{": "}" };

/** For every bracket token index, the index of its partner. */
export function matchBrackets(tokens: readonly CypherToken[]): Map<number, number> {
  const partner = new Map<number, number>();
  const open: number[] = [];
  tokens.forEach((token, index) => {
    if (token.type !== "punct") return;
    if (CLOSER[token.raw]) {
      open.push(index);
    } else if (token.raw === ")" || token.raw === "]" || token.raw === "}") {
      const opener = open.pop();
      if (opener === undefined) refuse(`an unbalanced "${token.raw}"`, token, "nothing is open here to close");
      const openToken = tokens[opener]!;
      if (CLOSER[openToken.raw] !== token.raw) {
        refuse(
          `an unbalanced "${token.raw}"`,
          token,
          `it closes the "${openToken.raw}" opened at ${openToken.line}:${openToken.column}`,
        );
      }
      partner.set(opener, index);
      partner.set(index, opener);
    }
  });
  const unclosed = open.pop();
  if (unclosed !== undefined) {
    const token = tokens[unclosed]!;
    refuse(`an unbalanced "${token.raw}"`, token, "it is never closed");
  }
  return partner;
}
