import { describe, expect, it } from "vitest";
import type { GraphEdge, GraphNode } from "../model/graph.js";
import { RELATION_TYPES } from "../model/vocabulary.js";
import { INFINITIVE, pathSteps, pathText, qualifiedVerb } from "./path-steps.js";

const node = (id: string, name: string): GraphNode => ({ id, name, kind: "Organization", aliases: [], properties: {} });
const edge = (
  id: string,
  source: string,
  target: string,
  type: GraphEdge["type"],
  status: GraphEdge["status"],
): GraphEdge => ({
  id,
  source,
  target,
  type,
  status,
  stance: "neutral",
  date: null,
  amount: null,
  note: null,
  evidence: [],
});

describe("pathSteps", () => {
  const nodes = new Map(
    [node("person:trump", "Donald Trump"), node("contract:jedi", "JEDI"), node("org:microsoft", "Microsoft")].map(
      (n) => [n.id, n],
    ),
  );
  const nodeIds = ["person:trump", "contract:jedi", "org:microsoft"];
  const edges = [
    edge("r1", "person:trump", "contract:jedi", "INFLUENCED", "alleged"),
    edge("r2", "org:microsoft", "contract:jedi", "WON", "confirmed"),
  ];

  it("tells each hop with an arrow in the relation's own direction", () => {
    const steps = pathSteps(nodeIds, edges, nodes);
    expect(steps.map((s) => s.text)).toEqual(["Donald Trump —allegedly influenced→ JEDI", "JEDI ←won— Microsoft"]);
    expect(steps[1]).toMatchObject({ edgeId: "r2", from: "contract:jedi", to: "org:microsoft", forward: false });
  });

  it("tells the whole path in one line", () => {
    expect(pathText(nodeIds, edges, nodes)).toBe("Donald Trump —allegedly influenced→ JEDI ←won— Microsoft");
  });

  it("qualifies verbs by status", () => {
    expect(qualifiedVerb("WON", "negotiating")).toBe("in talks to win");
    expect(qualifiedVerb("CEO_OF", "planned")).toBe("planned to be CEO of");
    expect(qualifiedVerb("SUPPLIES", "reported")).toBe("reportedly supplies");
  });

  it("has a hand-written infinitive for every relation type", () => {
    expect(RELATION_TYPES.filter((type) => INFINITIVE[type] === undefined)).toEqual([]);
  });
});
