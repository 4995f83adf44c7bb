import { describe, expect, it } from "vitest";
import {
  getEmptySelectionState,
  openSource,
  panelSubjectOf,
  pruneSelection,
  selectEdge,
  selectNode,
} from "./selection.js";

describe("selection", () => {
  it("a plain click replaces the selection, a shift-click adds or removes", () => {
    let s = selectNode(getEmptySelectionState(), "a");
    s = selectNode(s, "b", true);
    expect(s.nodes).toEqual(["a", "b"]);
    s = selectNode(s, "a", true);
    expect(s.nodes).toEqual(["b"]);
    s = selectEdge(s, "e1");
    expect(s).toEqual({ nodes: [], edges: ["e1"], source: null });
  });

  it("the panel shows an opened source first, then a single pick, then the group", () => {
    const one = selectNode(getEmptySelectionState(), "a");
    expect(panelSubjectOf(one)).toEqual({ kind: "node", id: "a" });
    expect(panelSubjectOf(openSource(one, "src:x"))).toEqual({ kind: "source", id: "src:x" });
    expect(panelSubjectOf(selectEdge(one, "e", true)).kind).toBe("many");
    expect(panelSubjectOf(getEmptySelectionState()).kind).toBe("none");
  });

  it("forgets picks that left the canvas", () => {
    const s = selectEdge(selectNode(getEmptySelectionState(), "a"), "e", true);
    expect(pruneSelection(s, new Set(), new Set(["e"]))).toEqual({ nodes: [], edges: ["e"], source: null });
  });
});
