import { describe, expect, it } from "vitest";
import { tokenizeCypher } from "./lexer.js";

const summary = (query: string) => tokenizeCypher(query).map((t) => `${t.type}:${t.value}`);

describe("tokenizeCypher", () => {
  it("splits a relationship pattern with a range into punctuation and numbers", () => {
    expect(summary("(a)<-[:R*1..5]-(b)")).toEqual([
      "punct:(",
      "word:A",
      "punct:)",
      "punct:<",
      "punct:-",
      "punct:[",
      "punct::",
      "word:R",
      "punct:*",
      "number:1",
      "punct:..",
      "number:5",
      "punct:]",
      "punct:-",
      "punct:(",
      "word:B",
      "punct:)",
    ]);
  });

  it("unescapes strings and backtick names and drops comments", () => {
    expect(summary("RETURN 'it\\'s' /* x */ , `a``b` // y\n, $p, $`q r`, 1.5e3")).toEqual([
      "word:RETURN",
      "string:it's",
      "punct:,",
      "quoted:a`b",
      "punct:,",
      "parameter:p",
      "punct:,",
      "parameter:q r",
      "punct:,",
      "number:1.5e3",
    ]);
  });

  it("folds fullwidth letters of names that are not keywords", () => {
    expect(summary("ｎａｍｅ")).toEqual(["word:NAME"]);
  });

  it("keeps positions as line and column", () => {
    const tokens = tokenizeCypher("MATCH\n  (n)");
    expect(tokens[1]).toMatchObject({ raw: "(", line: 2, column: 3 });
  });

  it("refuses an unknown escape in a string", () => {
    expect(() => tokenizeCypher("RETURN 'a\\qb'")).toThrow(/escape \\q/);
  });
});
