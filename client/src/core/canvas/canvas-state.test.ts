import { describe, expect, it } from "vitest";
import { edge, node } from "../fixtures.test-support.js";
import {
  getEmptyCanvasState,
  hideNodes,
  mergeGraph,
  neighbourIdsOf,
  removeNodes,
  setMore,
  setPinned,
  showAllNodes,
} from "./canvas-state.js";

const abc = mergeGraph(getEmptyCanvasState(), {
  nodes: [node("org:a"), node("org:b"), node("org:c")],
  edges: [edge("rel:1", "org:a", "org:b"), edge("rel:2", "org:b", "org:c")],
});

describe("canvas state", () => {
  it("adds an edge only when both its ends are on the canvas", () => {
    const state = mergeGraph(getEmptyCanvasState(), {
      nodes: [node("org:a")],
      edges: [edge("rel:1", "org:a", "org:b")],
    });
    expect(Object.keys(state.edges)).toEqual([]);
    const later = mergeGraph(state, { nodes: [node("org:b")], edges: [edge("rel:1", "org:a", "org:b")] });
    expect(Object.keys(later.edges)).toEqual(["rel:1"]);
  });

  it("removing an entity takes its relations, pin and 'more' count with it", () => {
    const state = setMore(setPinned(abc, ["org:b"], true), "org:b", 4);
    const after = removeNodes(state, ["org:b"]);
    expect(Object.keys(after.nodes)).toEqual(["org:a", "org:c"]);
    expect(after.edges).toEqual({});
    expect(after.pinned).toEqual([]);
    expect(after.more).toEqual({});
  });

  it("hidden entities come back with show all, and when added again", () => {
    const hidden = hideNodes(abc, ["org:a", "org:unknown"]);
    expect(hidden.hidden).toEqual(["org:a"]);
    expect(showAllNodes(hidden).hidden).toEqual([]);
    expect(mergeGraph(hidden, { nodes: [node("org:a")], edges: [] }).hidden).toEqual([]);
  });

  it("pins and unpins only entities on the canvas", () => {
    const pinned = setPinned(abc, ["org:a", "org:zzz"], true);
    expect(pinned.pinned).toEqual(["org:a"]);
    expect(setPinned(pinned, ["org:a"], false).pinned).toEqual([]);
  });

  it("counts each neighbour once, whichever way its relations point", () => {
    const twice = mergeGraph(abc, { nodes: [], edges: [edge("rel:3", "org:c", "org:b")] });
    expect(neighbourIdsOf(twice, "org:b").sort()).toEqual(["org:a", "org:c"]);
    expect(neighbourIdsOf(twice, "org:a")).toEqual(["org:b"]);
  });
});
