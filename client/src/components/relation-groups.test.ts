import { describe, expect, it } from "vitest";
import type { GraphEdge } from "../../../graph/model/index.js";
import { groupRelations, rowSentence } from "./relation-groups.js";

function edge(
  id: string,
  source: string,
  target: string,
  type: GraphEdge["type"],
  status: GraphEdge["status"],
  start?: string,
): GraphEdge {
  return {
    id,
    source,
    target,
    type,
    stance: "neutral",
    status,
    date: start ? { start } : undefined,
    evidence: [{ source: "src:001", paragraph: 1, summary: "s" }],
  } as GraphEdge;
}

const names: Record<string, string> = { trump: "Donald Trump", jedi: "JEDI", amazon: "Amazon", pentagon: "Pentagon" };
const nameOf = (id: string) => names[id] ?? id;

describe("an entity's relations grouped by type", () => {
  it("groups in the vocabulary's order, names the counterpart and direction, and qualifies the verb", () => {
    const groups = groupRelations("trump", [
      edge("r3", "amazon", "trump", "ACCUSED", "reported", "2019-12"),
      edge("r1", "trump", "jedi", "INFLUENCED", "alleged", "2019-08"),
      edge("r2", "trump", "pentagon", "INFLUENCED", "confirmed", "2018"),
    ]);
    expect(groups.map((g) => g.type)).toEqual(["ACCUSED", "INFLUENCED"]);
    const [accused, influenced] = groups;
    expect(accused!.rows[0]).toMatchObject({ counterpart: "amazon", outgoing: false, verb: "reportedly accused" });
    // Oldest first.
    expect(influenced!.rows.map((r) => [r.counterpart, r.verb])).toEqual([
      ["pentagon", "influenced"],
      ["jedi", "allegedly influenced"],
    ]);
    expect(rowSentence(influenced!.rows[1]!, nameOf)).toBe("Donald Trump allegedly influenced JEDI");
    expect(rowSentence(accused!.rows[0]!, nameOf)).toBe("Amazon reportedly accused Donald Trump");
  });

  it("puts undated relations after dated ones", () => {
    const [group] = groupRelations("trump", [
      edge("a", "trump", "jedi", "INFLUENCED", "alleged"),
      edge("b", "trump", "pentagon", "INFLUENCED", "alleged", "2020"),
    ]);
    expect(group!.rows.map((r) => r.edge.id)).toEqual(["b", "a"]);
  });

  it("words an undirected tie as between its two ends, whichever end the panel belongs to", () => {
    const tie = { ...edge("e9", "amazon", "pentagon", "RELATED_TO", "reported"), directed: false as const };
    const [fromAmazon] = groupRelations("amazon", [tie]);
    const [fromPentagon] = groupRelations("pentagon", [tie]);
    expect(rowSentence(fromAmazon!.rows[0]!, nameOf)).toBe("Amazon and Pentagon, undirected: is reportedly related to");
    expect(rowSentence(fromPentagon!.rows[0]!, nameOf)).toBe(rowSentence(fromAmazon!.rows[0]!, nameOf));
  });
});
