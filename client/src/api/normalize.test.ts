import { describe, expect, it } from "vitest";
import { normalizePaths, normalizeSummary } from "./normalize.js";

describe("normalizeSummary", () => {
  it("reads the server's counts and keeps the largest first", () => {
    const summary = normalizeSummary("org:a", {
      id: "org:a",
      total: 3,
      counts: [
        { type: "WON", stance: "neutral", direction: "out", count: 1 },
        { type: "COMPETES_WITH", stance: "rivalry", direction: "in", count: 2 },
      ],
    });
    expect(summary.total).toBe(3);
    expect(summary.counts.map((c) => [c.type, c.direction, c.count])).toEqual([
      ["COMPETES_WITH", "in", 2],
      ["WON", "out", 1],
    ]);
  });

  it("ignores relation types outside the vocabulary", () => {
    const summary = normalizeSummary("org:a", { counts: [{ type: "HATES", count: 9 }] });
    expect(summary.counts).toEqual([]);
    expect(summary.total).toBe(0);
  });
});

describe("normalizePaths", () => {
  const nodes = [
    { id: "person:t", name: "Trump", kind: "Person" as const, aliases: [], properties: {} },
    { id: "contract:j", name: "JEDI", kind: "Contract" as const, aliases: [], properties: {} },
  ];
  const edges = [
    {
      id: "rel:1",
      source: "person:t",
      target: "contract:j",
      type: "INFLUENCED" as const,
      stance: "neutral" as const,
      status: "alleged" as const,
      date: null,
      amount: null,
      note: null,
      evidence: [],
    },
  ];

  it("keeps the server's words for each step", () => {
    const [path] = normalizePaths([
      {
        nodes,
        edges,
        length: 1,
        nodeIds: ["person:t", "contract:j"],
        edgeIds: ["rel:1"],
        steps: [{ edgeId: "rel:1", from: "person:t", to: "contract:j", text: "Trump —allegedly influenced→ JEDI" }],
      },
    ]);
    expect(path?.steps[0]?.text).toBe("Trump —allegedly influenced→ JEDI");
  });

  it("tells a step in words from the relation when the server gives none", () => {
    const [path] = normalizePaths([{ nodes, edges, edgeIds: ["rel:1"] }]);
    expect(path?.steps.map((s) => s.text)).toEqual(["Trump influenced JEDI"]);
    expect(path?.length).toBe(1);
  });
});
