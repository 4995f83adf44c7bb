import { describe, expect, it } from "vitest";
import { qualifiedVerb } from "./qualified-verb.js";

describe("qualifiedVerb", () => {
  it("puts reportedly and allegedly after a leading is, as an analyst would say it", () => {
    expect(qualifiedVerb("RELATED_TO", "reported")).toBe("is reportedly related to");
    expect(qualifiedVerb("MEMBER_OF", "alleged")).toBe("is allegedly a member of");
    expect(qualifiedVerb("INFLUENCED", "alleged")).toBe("allegedly influenced");
    expect(qualifiedVerb("SANCTIONED", "planned")).toBe("planned to sanction");
  });
});
