import { describe, expect, it } from "vitest";
import { toRelation, type Evidence } from "../model/relation.js";
import type { SourceText } from "../model/source-text.js";
import { linkEvidence } from "./link-evidence.js";

const ENDS = [
  { id: "person:bezos", name: "Jeff Bezos", aliases: ["Bezos"] },
  { id: "org:amazon", name: "Amazon", aliases: [] },
];
const TEXT: SourceText = {
  paragraphs: [
    ["Ein Titel ohne Namen."],
    ["Die Cloud wächst.", "Amazon verdient daran.", "Bezos freut sich.", "Bezos führt Amazon.", "Amazon und Bezos."],
    ["Nichts hier.", "Auch nichts."],
  ],
};
const TEXTS = new Map([["src:a", TEXT]]);
const relationWith = (...evidence: Evidence[]) =>
  toRelation({ type: "CEO_OF", from: "person:bezos", to: "org:amazon", status: "confirmed", evidence });
const item = (paragraph: number, sentence?: number, source = "src:a"): Evidence => ({
  source,
  paragraph,
  ...(sentence !== undefined ? { sentence } : {}),
  summary: "Bezos leads Amazon.",
});

describe("linkEvidence", () => {
  it("picks the first sentence of the paragraph naming both ends", () => {
    const { relation, linked } = linkEvidence(relationWith(item(2)), TEXTS, ENDS);
    expect(relation.evidence[0]?.sentence).toBe(4);
    expect(linked).toBe(1);
  });

  it("prefers the subject, then the object, then the first sentence", () => {
    const text: SourceText = {
      paragraphs: [
        ["Nichts.", "Amazon wächst.", "Bezos lacht."],
        ["Amazon.", "Leer."],
        ["A.", "B."],
      ],
    };
    const texts = new Map([["src:a", text]]);
    const { relation } = linkEvidence(relationWith(item(1), item(2), item(3)), texts, ENDS);
    expect(relation.evidence.map((e) => e.sentence)).toEqual([3, 1, 1]);
  });

  it("keeps a valid sentence, and fixes one the paragraph does not have", () => {
    const { relation, linked } = linkEvidence(relationWith(item(2, 2), item(2, 9)), TEXTS, ENDS);
    expect(relation.evidence.map((e) => e.sentence)).toEqual([2, 4]);
    expect(linked).toBe(1);
  });

  it("leaves evidence of other sources alone and reports paragraphs the text does not have", () => {
    const original = relationWith(item(2, undefined, "src:other"), item(7));
    const { relation, linked, unresolved } = linkEvidence(original, TEXTS, ENDS);
    expect(relation).toBe(original);
    expect(linked).toBe(0);
    expect(unresolved).toEqual([item(7)]);
  });
});
