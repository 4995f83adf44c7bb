import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect-language.js";

describe("detectLanguage", () => {
  it("tells German from English news text", () => {
    expect(detectLanguage("Der Konzern will die Cloud-Dienste des Anbieters nutzen, und das ist nicht neu.")).toBe(
      "de",
    );
    expect(detectLanguage("The Pentagon said the contract was awarded to Microsoft after a long review.")).toBe("en");
  });

  it("falls back to English for text of neither language", () => {
    expect(detectLanguage("1234 5678")).toBe("en");
  });
});
