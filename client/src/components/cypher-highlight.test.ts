import { describe, expect, it } from "vitest";
import { tokenizeCypher } from "./cypher-highlight.js";

describe("tokenizeCypher", () => {
  it("marks keywords, labels, parameters, strings and numbers, and keeps the text intact", () => {
    const text = "MATCH (a:Organization {id: $id})-[r]->(b) WHERE b.name = 'JEDI' RETURN a LIMIT 5 // all";
    const tokens = tokenizeCypher(text);
    expect(tokens.map((t) => t.text).join("")).toBe(text);
    const kinds = (kind: string) => tokens.filter((t) => t.kind === kind).map((t) => t.text);
    expect(kinds("keyword")).toEqual(["MATCH", "WHERE", "RETURN", "LIMIT"]);
    expect(kinds("label")).toEqual([":Organization"]);
    expect(kinds("param")).toEqual(["$id"]);
    expect(kinds("string")).toEqual(["'JEDI'"]);
    expect(kinds("number")).toEqual(["5"]);
    expect(kinds("comment")).toEqual(["// all"]);
  });
});
