import { describe, expect, it } from "vitest";
import type { FoundPath } from "../../api/types.js";
import { edge, node } from "../fixtures.test-support.js";
import { describeSupport, supportOfPath } from "./path-support.js";

const evidence = (source: string) => [{ source, paragraph: 1, summary: "said so" }];

const path: FoundPath = {
  nodes: [node("person:t"), node("contract:j"), node("org:m"), node("org:o")],
  edges: [
    edge("r:influenced", "person:t", "contract:j", { status: "alleged", evidence: evidence("src:001") }),
    edge("r:won", "org:m", "contract:j", { status: "confirmed", evidence: evidence("src:001") }),
    edge("r:bid", "org:m", "contract:j", { status: "reported", evidence: evidence("src:000") }),
    edge("r:invests", "org:m", "org:o", { status: "confirmed", evidence: evidence("src:003") }),
  ],
  length: 3,
  nodeIds: ["person:t", "contract:j", "org:m", "org:o"],
  edgeIds: ["r:influenced", "r:won", "r:invests"],
  steps: [
    { from: "person:t", to: "contract:j", edgeId: "r:influenced", edgeIds: ["r:influenced"], text: "" },
    { from: "contract:j", to: "org:m", edgeId: "r:bid", edgeIds: ["r:bid", "r:won"], text: "" },
    { from: "org:m", to: "org:o", edgeId: "r:invests", edgeIds: ["r:invests"], text: "" },
  ],
};

describe("a path's support", () => {
  it("counts each step by its strongest folded relation and the distinct sources of all of them", () => {
    expect(supportOfPath(path)).toEqual({ steps: { confirmed: 2, alleged: 1 }, sources: 3 });
  });

  it("reads as one line, confirmed steps first", () => {
    expect(describeSupport(supportOfPath(path))).toBe("2 confirmed steps, 1 alleged · 3 sources");
    expect(describeSupport({ steps: { reported: 1 }, sources: 1 })).toBe("1 reported step · 1 source");
  });
});
