import { describe, expect, it } from "vitest";
import { splitSentences } from "./split-sentences.js";

describe("splitSentences", () => {
  it("splits German sentences at . ! ? and after a closing quote", () => {
    expect(
      splitSentences(
        'Und zu dem Selfie-Bild schrieb Diess: "Freue mich, gemeinsam die Zukunft zu gestalten." Samt Raketen-Symbol dahinter.',
      ),
    ).toEqual([
      'Und zu dem Selfie-Bild schrieb Diess: "Freue mich, gemeinsam die Zukunft zu gestalten."',
      "Samt Raketen-Symbol dahinter.",
    ]);
    expect(splitSentences("Kaufen oder verkaufen?! Neue Analyse vom 22. November liefert die Antwort:")).toEqual([
      "Kaufen oder verkaufen?!",
      "Neue Analyse vom 22. November liefert die Antwort:",
    ]);
  });

  it("keeps a quotation with its verb when no stop ends the quote", () => {
    const text = "„Ich kann mir kein Szenario vorstellen“, zitiert das Magazin den Insider. Es gehe nur noch darum.";
    expect(splitSentences(text)).toHaveLength(2);
  });

  it("does not split after German abbreviations, ordinals and amounts", () => {
    for (const sentence of [
      "Der Konzern plant z. B. eine Cloud in Frankfurt.",
      "Laut Dr. Müller kostet das 10 Mrd. Dollar und bzw. 3 Mio. Euro im Jahr.",
      "Am 1. Oktober beginnt der Vertrag, ca. 600 Mio. Dollar schwer.",
      "Das gilt u. a. für die Werke in Wolfsburg, d. h. für alle Marken.",
    ]) {
      expect(splitSentences(sentence), sentence).toEqual([sentence]);
    }
  });

  it("does not split after English abbreviations and initials", () => {
    for (const sentence of [
      "The U.S. Department of Defense awarded the contract to Microsoft Corp. last October.",
      "Mr. Bezos met Donald J. Trump in Washington, i.e. at the White House.",
    ]) {
      expect(splitSentences(sentence), sentence).toEqual([sentence]);
    }
  });

  it("ends a sentence after a year or a number, but not after an ordinal before a word", () => {
    expect(splitSentences("Der Auftrag stammt aus dem Jahr 2013. Damals zahlte die CIA.")).toHaveLength(2);
    expect(splitSentences("Die Zahl stieg auf 12. 2019 waren es mehr.")).toHaveLength(2);
    expect(splitSentences("Er feierte zum 100. Mal.")).toHaveLength(1);
  });

  it("starts a sentence at a bracket, a digit or an opening quote, never at a lower-case word", () => {
    expect(splitSentences("Amazon-Chef Jeff Bezos. (Foto: Privat)")).toEqual([
      "Amazon-Chef Jeff Bezos.",
      "(Foto: Privat)",
    ]);
    expect(splitSentences("Es ist offen. „Jedi“ bleibt umstritten.")).toHaveLength(2);
    expect(splitSentences("Sie kamen aus Berlin. und so weiter.")).toHaveLength(1);
  });

  it("answers one sentence for a headline and none for blank text", () => {
    expect(splitSentences("  Wettbewerber wenden sich direkt an Trump  ")).toEqual([
      "Wettbewerber wenden sich direkt an Trump",
    ]);
    expect(splitSentences("   ")).toEqual([]);
  });
});
