import { describe, expect, it } from "vitest";
import { matchFold, matchesSearchTerms, queryKeysOf, searchKeysOf } from "./search-keys.js";
import { searchTextOf } from "./search-text.js";

const entity = (name: string, aliases: string[] = []) => {
  const keys = new Set(searchKeysOf({ name, aliases }));
  return { searchText: searchTextOf({ name, aliases }), keys };
};

describe("matchFold", () => {
  it("spells umlauts, ß, Cyrillic and Greek alike in Latin letters", () => {
    expect(matchFold("Müller")).toBe("muller");
    expect(matchFold("Mueller")).toBe("muller");
    expect(matchFold("Schroeder-Straße")).toBe("schroder strasse");
    expect(matchFold("Ольга Крюгер")).toBe("olga kryuger");
    expect(matchFold("Αθήνα")).toBe("athina");
  });
});

describe("matchesSearchTerms", () => {
  it("finds typos only when asked to forgive them", () => {
    const microsoft = entity("Microsoft", ["MSFT"]);
    for (const typo of ["microsft", "mircosoft", "microsaft", "micorsoft"]) {
      expect(matchesSearchTerms(microsoft, [typo], true)).toBe(true);
      expect(matchesSearchTerms(microsoft, [typo], false)).toBe(false);
    }
    expect(matchesSearchTerms(microsoft, ["cros"], false)).toBe(true);
    expect(matchesSearchTerms(microsoft, ["amazon"], true)).toBe(false);
  });

  it("meets Mueller in Müller, not a word two typos away", () => {
    expect(matchesSearchTerms(entity("Microsoft"), ["mcrosft"], true)).toBe(false);
    expect(matchesSearchTerms(entity("Hans Müller"), ["hans", "mueller"], true)).toBe(true);
    expect(matchesSearchTerms(entity("Helios Cloud"), ["helios", "clod"], true)).toBe(true);
  });

  it("asks short words to be spelled whole", () => {
    expect(queryKeysOf("aws")).toEqual(["aws"]);
    expect(matchesSearchTerms(entity("AWS"), ["awz"], true)).toBe(false);
  });
});
