// The Duplicates panel's state and the canvas after a merge or an undo, from the audit record alone.
import { describe, expect, it } from "vitest";
import type { GraphNode } from "../../../../graph/model/index.js";
import { edgeBetween, orgNode } from "../../../../graph/resolution/fixtures.test-support.js";
import type { DuplicateProposal } from "../../../../graph/resolution/find-duplicates.js";
import type { MergeSummary } from "../../../../graph/resolution/merge-record.js";
import { getEmptyCanvasState, mergeGraph } from "../canvas/canvas-state.js";
import { applyMergeToCanvas } from "./apply-merge.js";
import { canUndo, getEmptyResolutionState, recordMerge, recordUndo, setLoaded } from "./resolution.js";

const org = (id: string, aliases: string[] = []) => orgNode(id, id, aliases);
const won = (source: string, target: string) => edgeBetween(source, "WON", target);
const contract: GraphNode = { ...org("contract:x"), kind: "Contract" };
const before = {
  entities: [org("org:a"), org("org:b")],
  relations: [won("org:b", "contract:x")],
};
const after = {
  entities: [org("org:a", ["org:b"])],
  relations: [won("org:a", "contract:x")],
};
const record = { keep: { id: "org:a" }, merge: { id: "org:b" }, before, after };

describe("applyMergeToCanvas", () => {
  const canvas = mergeGraph(getEmptyCanvasState(), {
    nodes: [org("org:a"), org("org:b"), contract],
    edges: before.relations,
  });

  it("swaps the merged entity and its relations for the kept one's, and back on undo", () => {
    const merged = applyMergeToCanvas(canvas, record, "merged");
    expect(Object.keys(merged.nodes).sort()).toEqual(["contract:x", "org:a"]);
    expect(merged.nodes["org:a"]?.aliases).toEqual(["org:b"]);
    expect(Object.keys(merged.edges)).toEqual(["rel:org:a>won>contract:x"]);
    const undone = applyMergeToCanvas(merged, record, "undone");
    expect(undone.nodes).toEqual(canvas.nodes);
    expect(undone.edges).toEqual(canvas.edges);
  });

  it("leaves a canvas that shows neither entity alone", () => {
    const other = mergeGraph(getEmptyCanvasState(), { nodes: [contract], edges: [] });
    expect(applyMergeToCanvas(other, record, "merged")).toBe(other);
  });
});

const summary = (id: string, at: string, keep: string, merge: string): MergeSummary => ({
  id,
  at,
  by: "t",
  reason: "r",
  kind: "Organization",
  keep: { id: keep, name: keep },
  merge: { id: merge, name: merge },
  moved: { repointed: [], combined: [], dropped: [], aliasesAdded: [], propertiesFilled: [] },
  undone: null,
});
const proposal = (keep: string, merge: string): DuplicateProposal => ({
  keep: { id: keep, kind: "Organization", name: keep },
  merge: { id: merge, kind: "Organization", name: merge },
  score: 1,
  reason: "same name",
  matched: { keep, merge },
});

describe("resolution state", () => {
  it("drops proposals naming the merged entity and offers undo latest first", () => {
    let state = setLoaded(
      getEmptyResolutionState(),
      [proposal("org:a", "org:b"), proposal("org:b", "org:c"), proposal("org:d", "org:e")],
      [],
    );
    const first = summary("merge-1", "2025-01-01", "org:a", "org:b");
    state = recordMerge(state, first);
    expect(state.proposals.map((p) => p.merge.id)).toEqual(["org:e"]);
    const second = summary("merge-2", "2025-01-02", "org:z", "org:a");
    state = recordMerge(state, second);
    expect(state.merges.map((m) => m.id)).toEqual(["merge-2", "merge-1"]);
    expect(canUndo(state, first)).toBe(false);
    expect(canUndo(state, second)).toBe(true);
    state = recordUndo(state, { ...second, undone: { at: "2025-01-03", by: "t", reason: null } });
    expect(canUndo(state, first)).toBe(true);
    expect(canUndo(state, state.merges[0]!)).toBe(false);
  });
});
