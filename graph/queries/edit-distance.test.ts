import { describe, expect, it } from "vitest";
import { typoDistance } from "./edit-distance.js";

describe("typoDistance", () => {
  it("counts a left-out, an added, a wrong and two swapped letters as one typo each", () => {
    expect(typoDistance("microsft", "microsoft", 2)).toBe(1);
    expect(typoDistance("microsoftt", "microsoft", 2)).toBe(1);
    expect(typoDistance("microsaft", "microsoft", 2)).toBe(1);
    expect(typoDistance("mircosoft", "microsoft", 2)).toBe(1);
    expect(typoDistance("microsoft", "microsoft", 2)).toBe(0);
  });

  it("stops at one more than the most it was asked to accept", () => {
    expect(typoDistance("amazon", "microsoft", 2)).toBe(3);
    expect(typoDistance("ab", "abcdef", 1)).toBe(2);
    expect(typoDistance("mcrosft", "microsoft", 2)).toBe(2);
  });
});
