import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseVocabularyList, RelationTypeList } from "./list-params.js";

describe("parseVocabularyList", () => {
  it("maps items case-insensitively, drops blanks and repeats, and reports unknown ones", () => {
    expect(parseVocabularyList(" won, AWARDED,,Won ,spied_on", ["WON", "AWARDED"])).toEqual({
      values: ["WON", "AWARDED"],
      unknown: ["spied_on"],
    });
  });
});

describe("RelationTypeList", () => {
  const query = z.object({ types: RelationTypeList });

  it("turns a comma-separated list into relation types", () => {
    expect(query.parse({ types: "won,competes_with" })).toEqual({ types: ["WON", "COMPETES_WITH"] });
    expect(query.parse({})).toEqual({ types: undefined });
  });

  it("fails on the parameter, naming the unknown value", () => {
    const result = query.safeParse({ types: "WON,MARRIED_TO" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(["types"]);
    expect(result.error?.issues[0]?.message).toContain('"MARRIED_TO"');
  });
});
