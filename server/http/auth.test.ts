import { describe, expect, it } from "vitest";
import { tokenMatches } from "./auth.js";

describe("tokenMatches", () => {
  it("accepts exactly the bearer token", () => {
    expect(tokenMatches("s3cret", "Bearer s3cret")).toBe(true);
    expect(tokenMatches("s3cret", "bearer s3cret")).toBe(true);
  });

  it("refuses other tokens, other schemes and a missing header", () => {
    for (const header of ["Bearer s3cre", "Bearer s3cretx", "Basic s3cret", "s3cret", "Bearer ", "", undefined]) {
      expect(tokenMatches("s3cret", header)).toBe(false);
    }
  });
});
