import { describe, expect, it } from "vitest";
import type { GraphNode } from "../model/graph.js";
import { rankSearchHits } from "./search-ranking.js";

const node = (
  id: string,
  name: string,
  aliases: string[] = [],
  kind: GraphNode["kind"] = "Organization",
): GraphNode => ({
  id,
  name,
  kind,
  aliases,
  properties: {},
});

const dod = node("org:us-dod", "United States Department of Defense", ["Pentagon", "DoD"]);
const pentagonPapers = node("event:pentagon-papers", "Pentagon Papers leak", [], "Event");
const bezos = node("person:jeff-bezos", "Jeff Bezos", ["Bezos"], "Person");
const bezosExpeditions = node("org:bezos-expeditions", "Bezos Expeditions");

describe("rankSearchHits", () => {
  it("finds the Department of Defense by its alias ahead of a name that only starts with the word", () => {
    const hits = rankSearchHits("pentagon", [pentagonPapers, dod], 10);
    expect(hits.map((h) => h.id)).toEqual(["org:us-dod", "event:pentagon-papers"]);
    expect(hits[0]!.score).toBe(0.9);
  });

  it("matches regardless of case and accents", () => {
    for (const query of ["bézos", "BEZOS", "Bezos"]) {
      expect(rankSearchHits(query, [bezosExpeditions, bezos], 10)[0]!.id).toBe("person:jeff-bezos");
    }
  });

  it("orders exact name, exact alias, name prefix, alias prefix, word prefix, substring", () => {
    const candidates = [
      node("org:f", "Interamazonas"), // substring
      node("org:e", "The Amazon Fund"), // word prefix
      node("org:d", "Something", ["Amazonia Group"]), // alias prefix
      node("org:c", "Amazon Web Services"), // name prefix
      node("org:b", "AMZN", ["Amazon"]), // exact alias
      node("org:a", "Amazon"), // exact name
    ];
    const hits = rankSearchHits("amazon", candidates, 10);
    expect(hits.map((h) => h.id)).toEqual(["org:a", "org:b", "org:c", "org:d", "org:e", "org:f"]);
    for (const hit of hits) expect(hit.score).toBeGreaterThan(0);
    expect(hits.every((h, i) => i === 0 || h.score < hits[i - 1]!.score)).toBe(true);
    expect(hits[0]!.score).toBe(1);
  });

  it("breaks ties by the shorter name, then by id", () => {
    const hits = rankSearchHits(
      "micro",
      [node("org:z", "Micro Two"), node("org:y", "Micro One"), node("org:x", "Micro")],
      10,
    );
    expect(hits.map((h) => h.id)).toEqual(["org:x", "org:y", "org:z"]);
  });

  it("keeps at most the limit and each entity once", () => {
    expect(rankSearchHits("bezos", [bezos, bezos, bezosExpeditions], 1)).toHaveLength(1);
    expect(rankSearchHits("bezos", [bezos, bezos], 10)).toHaveLength(1);
  });

  it("finds a name typed with a letter left out, swapped or wrong, below every spelled-right match", () => {
    const microsoft = node("org:microsoft", "Microsoft");
    const micro = node("org:micro", "Micro Systems");
    for (const query of ["Microsft", "Mircosoft", "Microsaft"]) {
      const hits = rankSearchHits(query, [micro, microsoft], 10);
      expect(hits.map((h) => h.id)).toEqual(["org:microsoft"]);
      expect(hits[0]!.score).toBeLessThan(0.3);
    }
    const cloud = node("product:helios-cloud", "Helios Cloud", [], "Product");
    expect(rankSearchHits("Helios Clod", [cloud], 10).map((h) => h.id)).toEqual(["product:helios-cloud"]);
    expect(rankSearchHits("microsoft", [micro, microsoft], 10)[0]!.score).toBe(1);
  });

  it("reads Mueller as Müller and Cyrillic or Greek names in Latin letters, just below the same spelling", () => {
    const mueller = node("person:mueller", "Hans Mueller", [], "Person");
    const muller = node("person:muller", "Hans Müller", [], "Person");
    expect(rankSearchHits("Hans Müller", [mueller, muller], 10).map((h) => h.id)).toEqual([
      "person:muller",
      "person:mueller",
    ]);
    expect(rankSearchHits("Hans Mueller", [muller], 10)[0]!.score).toBe(0.99);
    expect(rankSearchHits("olga", [node("person:olga", "Ольга Крюгер", [], "Person")], 10)).toHaveLength(1);
    expect(rankSearchHits("athina", [node("place:athens", "Αθήνα", [], "Place")], 10)).toHaveLength(1);
  });

  it("leaves out a candidate that is neither spelled like the query nor within its typos", () => {
    expect(rankSearchHits("microsoft", [node("org:amazon", "Amazon")], 10)).toEqual([]);
    expect(rankSearchHits("clod", [node("org:cold", "Cold Storage")], 10)).toHaveLength(1);
    expect(rankSearchHits("clod", [node("org:cd", "CD Shop")], 10)).toEqual([]);
  });
});
