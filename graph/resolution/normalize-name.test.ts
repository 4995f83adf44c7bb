// Names fold to one key whatever their case, accents, spacing, titles and legal forms.
import { describe, expect, it } from "vitest";
import { normalizeName } from "./normalize-name.js";

const keyOf = (name: string) => normalizeName(name).key;

describe("normalizeName", () => {
  it("folds case, accents, punctuation and whitespace", () => {
    expect(keyOf("  Müller-Lüdenscheidt   Straße ")).toBe("muller ludenscheidt strasse");
    expect(keyOf("RENÉ  o'brien")).toBe("rene obrien");
    expect(keyOf("José\tGarcía")).toBe(keyOf("jose garcia"));
  });

  it("drops honorifics and titles from the front, keeping them as written", () => {
    expect(normalizeName("Herr Dr. Hans Müller")).toMatchObject({ key: "hans muller", droppedTitles: ["Herr", "Dr."] });
    expect(keyOf("Frau Prof. Dr. Anna Schmidt")).toBe("anna schmidt");
    expect(keyOf("Mrs. Jane Doe")).toBe(keyOf("Jane Doe"));
    expect(keyOf("Sir Tim Berners-Lee")).toBe("tim berners lee");
  });

  it("drops legal forms from the end, several of them and their connectors", () => {
    expect(normalizeName("Siemens AG")).toMatchObject({ key: "siemens", droppedLegalForms: ["AG"] });
    expect(keyOf("Oracle Corporation")).toBe("oracle");
    expect(keyOf("Microsoft Corp.")).toBe("microsoft");
    expect(keyOf("Amazon.com, Inc.")).toBe("amazoncom");
    expect(normalizeName("Müller GmbH & Co. KG")).toMatchObject({
      key: "muller",
      droppedLegalForms: ["GmbH", "Co.", "KG"],
    });
    expect(keyOf("Carrefour S.A.")).toBe("carrefour");
    expect(keyOf("Carrefour S. A.")).toBe("carrefour");
    expect(keyOf("BAE Systems plc")).toBe("bae systems");
  });

  it("keeps legal-form words inside a name and titles at its end", () => {
    expect(keyOf("AG Insurance Group")).toBe("ag insurance group");
    expect(keyOf("Siemens Healthineers AG")).toBe("siemens healthineers");
    expect(keyOf("Strange, Dr.")).toBe("strange dr");
  });

  it("never folds a name down to nothing", () => {
    expect(keyOf("AG")).toBe("ag");
    expect(keyOf("Dr.")).toBe("dr");
    expect(keyOf("Inc.")).toBe("inc");
    expect(keyOf("&")).toBe("");
  });

  it("is deterministic", () => {
    const name = "Frau Dr. Ünal Öztürk GmbH";
    expect(normalizeName(name)).toEqual(normalizeName(name));
  });
});
