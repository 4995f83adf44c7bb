import { describe, expect, it } from "vitest";
import { createMentionMatcher, type NamedEntity } from "./match-mentions.js";

const ENTITIES: NamedEntity[] = [
  { id: "org:amazon", name: "Amazon", aliases: ["Amazon.com"] },
  { id: "org:aws", name: "Amazon Web Services", aliases: ["AWS"] },
  { id: "org:us-dod", name: "US Department of Defense", aliases: ["Pentagon", "DoD", "Verteidigungsministerium"] },
  { id: "org:us-congress", name: "United States Congress", aliases: ["Kongress"] },
  { id: "place:united-states", name: "United States", aliases: ["US", "USA", "Vereinigte Staaten"] },
  { id: "place:middle-east", name: "Middle East", aliases: ["Mittlerer Osten"] },
  { id: "org:volkswagen", name: "Volkswagen Group", aliases: ["Volkswagen", "VW"] },
  { id: "org:volkswagen-brand", name: "Volkswagen (brand)", aliases: [] },
  { id: "contract:jedi", name: "Joint Enterprise Defense Infrastructure (JEDI)", aliases: ["Jedi-Projekt"] },
  { id: "place:davos", name: "Davos", aliases: [] },
  { id: "event:wef", name: "World Economic Forum", aliases: ["Davos"] },
  { id: "person:trump", name: "Donald Trump", aliases: ["Trump"] },
  { id: "org:competition", name: "Competition authorities", aliases: ["Wettbewerbsbehörde"] },
  { id: "person:president", name: "Präsident", aliases: [] },
];
const matcher = createMentionMatcher(ENTITIES);
const named = (text: string) => matcher.find(text).map((m) => `${m.entityId}=${text.slice(m.start, m.end)}`);

describe("createMentionMatcher", () => {
  it("finds names and aliases on word boundaries, in hyphen compounds too", () => {
    expect(named("Amazon-Chef Jeff Bezos verklagt das Pentagon.")).toEqual([
      "org:amazon=Amazon",
      "org:us-dod=Pentagon",
    ]);
    expect(named("Amazonas und Pentagonal zählen nicht.")).toEqual([]);
  });

  it("matches German genitive and weak-noun endings and English possessives", () => {
    expect(named("ein Auftrag des Pentagons für Amazons Cloud")).toEqual([
      "org:us-dod=Pentagons",
      "org:amazon=Amazons",
    ]);
    expect(named("Mitglieder des Kongresses und Amazon's rivals")).toEqual([
      "org:us-congress=Kongresses",
      "org:amazon=Amazon's",
    ]);
    expect(named("Das Budget des Verteidigungsministeriums wuchs.")).toEqual(["org:us-dod=Verteidigungsministeriums"]);
    expect(named("die Wettbewerbsbehörden und der Präsidenten")).toEqual([
      "org:competition=Wettbewerbsbehörden",
      "person:president=Präsidenten",
    ]);
  });

  it("declines adjectives inside a name and reads through quotes and hyphens", () => {
    expect(named("im Mittleren Osten und der Vereinigten Staaten")).toEqual([
      "place:middle-east=Mittleren Osten",
      "place:united-states=Vereinigten Staaten",
    ]);
    expect(named("des sogenannten „Jedi“-Projekts")).toEqual(["contract:jedi=Jedi“-Projekts"]);
    expect(named("(„Joint Enterprise Defense Infrastructure“)")).toEqual([
      "contract:jedi=Joint Enterprise Defense Infrastructure",
    ]);
  });

  it("prefers the longest name where names overlap", () => {
    expect(named("Amazon Web Services (AWS) betreibt Rechenzentren.")).toEqual([
      "org:aws=Amazon Web Services",
      "org:aws=AWS",
    ]);
  });

  it("matches short names and acronyms only as written", () => {
    expect(named("US-Regierung, Trump und die USA")).toEqual([
      "place:united-states=US",
      "person:trump=Trump",
      "place:united-states=USA",
    ]);
    expect(named("Give us the DoD report, not the dod or Us.")).toEqual(["org:us-dod=DoD"]);
    expect(named("vw und Vw bleiben stumm, VW-Chef nicht")).toEqual(["org:volkswagen=VW"]);
  });

  it("needs a capital where the name has one, so common words do not match", () => {
    expect(named("trump card")).toEqual([]);
    expect(named("TRUMP card")).toEqual(["person:trump=TRUMP"]);
  });

  it("gives a name precedence over another entity's alias, and an alias over a form derived from a name", () => {
    expect(named("Das Treffen in Davos")).toEqual(["place:davos=Davos"]);
    expect(named("Volkswagen baut")).toEqual(["org:volkswagen=Volkswagen"]);
  });

  it("ignores names of fewer than two letters", () => {
    expect(createMentionMatcher([{ id: "org:x", name: "X", aliases: ["Y"] }]).find("X und Y")).toEqual([]);
  });
});
