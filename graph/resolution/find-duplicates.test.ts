// Duplicate proposals: same kind only, never Sources, each pair once, with the reason and the better
// entity kept; blocking keeps it from comparing every pair.
import { describe, expect, it } from "vitest";
import type { GraphNode } from "../model/graph.js";
import type { EntityKind } from "../model/vocabulary.js";
import { findDuplicates } from "./find-duplicates.js";

const node = (id: string, kind: EntityKind, name: string, aliases: string[] = []): GraphNode => ({
  id,
  kind,
  name,
  aliases,
  properties: {},
});

const GRAPH = [
  node("org:siemens", "Organization", "Siemens", ["Siemens Group"]),
  node("org:siemens-ag", "Organization", "Siemens AG"),
  node("org:siemens-healthineers", "Organization", "Siemens Healthineers AG"),
  node("person:hans-muller", "Person", "Herr Dr. Hans Müller"),
  node("person:hans-mueller", "Person", "Hans Muller"),
  node("place:siemens", "Place", "Siemens"),
  node("src:siemens", "Source", "Siemens"),
  node("src:siemens-ag", "Source", "Siemens AG"),
  node("org:ibm", "Organization", "International Business Machines", ["IBM"]),
  node("org:ibm-corp", "Organization", "IBM Corp."),
  node("org:oracle", "Organization", "Oracle"),
];

describe("findDuplicates", () => {
  const proposals = findDuplicates(GRAPH);
  const pairs = proposals.map((p) => [p.keep.id, p.merge.id]);

  it("proposes the pairs of one kind whose names match once normalised, best first", () => {
    expect(pairs).toEqual([
      ["org:ibm", "org:ibm-corp"],
      ["org:siemens", "org:siemens-ag"],
      ["person:hans-mueller", "person:hans-muller"],
    ]);
    expect(proposals.every((p) => p.score === 1)).toBe(true);
  });

  it("says why, naming what was dropped and which alias matched", () => {
    const byPair = new Map(proposals.map((p) => [`${p.keep.id} ${p.merge.id}`, p]));
    expect(byPair.get("org:siemens org:siemens-ag")?.reason).toBe('same name after dropping the legal form "AG"');
    expect(byPair.get("person:hans-mueller person:hans-muller")?.reason).toBe(
      'same name after dropping the titles "Herr", "Dr."',
    );
    expect(byPair.get("org:ibm org:ibm-corp")).toMatchObject({
      reason: 'same name after dropping the legal form "Corp."; "IBM" is an alias of International Business Machines',
      matched: { keep: "IBM", merge: "IBM Corp." },
    });
  });

  it("never proposes Sources, other kinds or a related name", () => {
    const ids = pairs.flat();
    expect(ids.some((id) => id.startsWith("src:") || id.startsWith("place:"))).toBe(false);
    expect(ids).not.toContain("org:siemens-healthineers");
  });

  it("keeps whom preferKeep ranks first, and honours threshold and limit", () => {
    const flipped = findDuplicates(GRAPH, { preferKeep: (a, b) => (a.id < b.id ? 1 : -1) });
    expect(flipped.map((p) => [p.keep.id, p.merge.id])).toContainEqual(["org:siemens-ag", "org:siemens"]);
    expect(findDuplicates(GRAPH, { limit: 1 })).toHaveLength(1);
    const typo = [node("org:a", "Organization", "Microsoft"), node("org:b", "Organization", "Mircosoft")];
    expect(findDuplicates(typo)).toHaveLength(1);
    expect(findDuplicates(typo, { threshold: 0.99 })).toHaveLength(0);
  });

  it("scales with block sizes: 20,000 names sharing a common word take seconds, not the hours of every pair", () => {
    const many = Array.from({ length: 20_000 }, (_, i) =>
      node(`org:n${i}`, "Organization", `Company ${i.toString(36)}x${(i * 7919).toString(36)}`),
    );
    const twin = node("org:twin", "Organization", `COMPANY 1x${(7919).toString(36)} GmbH`);
    const started = performance.now();
    const found = findDuplicates([...many, twin]);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(found.map((p) => [p.keep.id, p.merge.id])).toContainEqual(["org:n1", "org:twin"]);
    expect(found.length).toBeLessThan(5);
  });
});
