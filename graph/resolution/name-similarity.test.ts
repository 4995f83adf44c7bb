// Scores and reasons for pairs of names, from "the same once normalised" to "not alike".
import { describe, expect, it } from "vitest";
import { compareNames, jaroWinkler, wordSimilarity } from "./name-similarity.js";
import { normalizeName } from "./normalize-name.js";

const compare = (a: string, b: string) => compareNames(a, normalizeName(a), b, normalizeName(b));

describe("jaroWinkler", () => {
  it("gives the textbook values", () => {
    expect(jaroWinkler("martha", "marhta")).toBeCloseTo(0.961, 3);
    expect(jaroWinkler("dwayne", "duane")).toBeCloseTo(0.84, 2);
    expect(jaroWinkler("abc", "abc")).toBe(1);
    expect(jaroWinkler("abc", "xyz")).toBe(0);
    expect(jaroWinkler("", "abc")).toBe(0);
  });
});

describe("wordSimilarity", () => {
  it("counts unmatched words against both names", () => {
    expect(wordSimilarity(["amazon"], ["amazon", "web", "services"])).toBe(0.5);
    expect(wordSimilarity(["microsoft"], ["mircosoft"])).toBeGreaterThan(0.9);
  });
});

describe("compareNames", () => {
  it("scores the same name once normalised 1 and names what was dropped", () => {
    expect(compare("Siemens AG", "Siemens")).toEqual({
      score: 1,
      reason: 'same name after dropping the legal form "AG"',
    });
    expect(compare("Herr Dr. Hans Müller", "Hans Mueller")?.score).toBeLessThan(1);
    expect(compare("Herr Dr. Hans Müller", "hans muller")).toEqual({
      score: 1,
      reason: 'same name after dropping the titles "Herr", "Dr."',
    });
    expect(compare("JOSÉ GARCÍA", "José García")).toEqual({
      score: 1,
      reason: "same name ignoring case, accents and punctuation",
    });
    expect(compare("Oracle", "Oracle")).toEqual({ score: 1, reason: "same name" });
  });

  it("scores reordered words, initials and misspellings below 1", () => {
    expect(compare("Trump, Donald", "Donald Trump")).toMatchObject({ score: 0.97 });
    expect(compare("Donald J. Trump", "Donald Trump")).toMatchObject({ score: 0.92 });
    const typo = compare("Microsoft Corp.", "Mircosoft");
    expect(typo?.score).toBeGreaterThan(0.85);
    expect(typo?.reason).toBe('similar spelling after dropping the legal form "Corp."');
  });

  it("keeps related but different names below the proposal threshold", () => {
    expect(compare("Austria", "Australia")?.score ?? 0).toBeLessThan(0.85);
    expect(compare("Amazon", "Amazon Web Services")!.score).toBeLessThan(0.85);
    expect(compare("Siemens", "Siemens Healthineers AG")!.score).toBeLessThan(0.85);
    expect(compare("Google", "Oracle")?.score ?? 0).toBeLessThan(0.85);
  });
});
