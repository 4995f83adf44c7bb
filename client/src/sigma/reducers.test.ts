import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import type { EdgeAttributes, NodeAttributes } from "./graph-sync.js";
import { PATH_EDGE, STANCE_COLORS } from "./palette.js";
import {
  createEdgeReducer,
  createNodeReducer,
  crowdingScale,
  DETAILED_EDGES_MAX,
  parallelCurvature,
  type HoverState,
  type RenderView,
} from "./reducers.js";

function setup() {
  const graph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  graph.addNode("a", { x: 0, y: 0, label: "A", kind: "Organization" });
  graph.addNode("b", { x: 1, y: 0, label: "B", kind: "Contract" });
  graph.addNode("c", { x: 2, y: 0, label: "C", kind: "Person" });
  graph.addDirectedEdgeWithKey("ab", "a", "b", { relType: "WON", stance: "neutral", status: "confirmed", start: null });
  graph.addDirectedEdgeWithKey("bc", "b", "c", {
    relType: "ACCUSED",
    stance: "rivalry",
    status: "alleged",
    start: null,
  });
  const view: RenderView = {
    visibility: { nodes: new Set(["a", "b", "c"]), edges: new Set(["ab", "bc"]) },
    selectedNodes: new Set(),
    selectedEdges: new Set(),
    path: null,
    more: {},
    pinned: new Set(),
  };
  const hover: HoverState = { node: null, edge: null };
  return { graph, view, hover };
}

describe("reducers", () => {
  it("draws contracts as squares, rivalries red, and alleged relations thinner than confirmed", () => {
    const { graph, view, hover } = setup();
    const node = createNodeReducer(
      graph,
      () => view,
      () => hover,
    );
    const edge = createEdgeReducer(
      graph,
      () => view,
      () => hover,
    );
    expect(node("b", graph.getNodeAttributes("b")).type).toBe("square");
    expect(node("a", graph.getNodeAttributes("a")).type).toBe("circle");
    const alleged = edge("bc", graph.getEdgeAttributes("bc"));
    const confirmed = edge("ab", graph.getEdgeAttributes("ab"));
    expect(alleged.color).toContain("220, 38, 38");
    expect(alleged.size).toBeLessThan(confirmed.size ?? 0);
  });

  it("hovering a node dims what is not its neighbour and labels its relations", () => {
    const { graph, view, hover } = setup();
    hover.node = "a";
    const node = createNodeReducer(
      graph,
      () => view,
      () => hover,
    );
    const edge = createEdgeReducer(
      graph,
      () => view,
      () => hover,
    );
    expect(node("c", graph.getNodeAttributes("c")).label).toBeNull();
    expect(node("b", graph.getNodeAttributes("b")).forceLabel).toBe(true);
    expect(edge("ab", graph.getEdgeAttributes("ab")).label).toBe("won");
    expect(edge("bc", graph.getEdgeAttributes("bc")).label).toBeNull();
  });

  it("a path on show is highlighted and the rest dimmed; filtered items are hidden", () => {
    const { graph, view, hover } = setup();
    const withPath = { ...view, path: { nodes: new Set(["a", "b"]), edges: new Set(["ab"]) } };
    const edge = createEdgeReducer(
      graph,
      () => withPath,
      () => hover,
    );
    expect(edge("ab", graph.getEdgeAttributes("ab")).color).toBe(PATH_EDGE);
    expect(edge("bc", graph.getEdgeAttributes("bc")).color).not.toBe(STANCE_COLORS.rivalry);
    const filtered = { ...view, visibility: { nodes: new Set(["a"]), edges: new Set<string>() } };
    expect(
      createEdgeReducer(
        graph,
        () => filtered,
        () => hover,
      )("ab", graph.getEdgeAttributes("ab")).hidden,
    ).toBe(true);
    expect(
      createNodeReducer(
        graph,
        () => filtered,
        () => hover,
      )("b", graph.getNodeAttributes("b")).hidden,
    ).toBe(true);
  });

  it("spreads parallel relations to both sides", () => {
    expect(parallelCurvature(1, 1)).toBeGreaterThan(0);
    expect(parallelCurvature(-1, 1)).toBe(-parallelCurvature(1, 1));
  });

  it("draws relations as plain lines on a large canvas, keeping the arrow on selected, hovered or touched by a selected entity", () => {
    const { graph, view, hover } = setup();
    const edge = createEdgeReducer(
      graph,
      () => view,
      () => hover,
    );
    expect(edge("ab", graph.getEdgeAttributes("ab")).type).toBe("arrow");
    for (let i = graph.size; i <= DETAILED_EDGES_MAX; i++) {
      graph.addDirectedEdgeWithKey(`extra${i}`, "a", "c", {
        relType: "USES",
        stance: "partnership",
        status: "confirmed",
        start: null,
      });
    }
    expect(edge("ab", graph.getEdgeAttributes("ab")).type).toBe("line");
    view.selectedEdges = new Set(["ab"]);
    expect(edge("ab", graph.getEdgeAttributes("ab")).type).toBe("arrow");
    view.selectedEdges = new Set();
    // A selected entity's relations stay arrows (and so can be clicked); the others are lines.
    view.selectedNodes = new Set(["a"]);
    expect(edge("ab", graph.getEdgeAttributes("ab")).type).toBe("arrow");
    expect(edge("bc", graph.getEdgeAttributes("bc")).type).toBe("line");
    view.selectedNodes = new Set();
    hover.edge = "bc";
    expect(edge("bc", graph.getEdgeAttributes("bc")).type).toBe("dashed");
  });

  it("draws confirmed relations solid and every other status dashed, labelled with the qualified verb", () => {
    const { graph, view, hover } = setup();
    graph.addDirectedEdgeWithKey("ab2", "a", "b", {
      relType: "WON",
      stance: "neutral",
      status: "negotiating",
      start: null,
      parallelIndex: 1,
      parallelMaxIndex: 1,
    });
    view.visibility.edges.add("ab2");
    const edge = createEdgeReducer(
      graph,
      () => view,
      () => hover,
    );
    expect(edge("ab", graph.getEdgeAttributes("ab")).type).toBe("arrow");
    expect(edge("bc", graph.getEdgeAttributes("bc")).type).toBe("dashed");
    expect(edge("ab2", graph.getEdgeAttributes("ab2")).type).toBe("dashedCurved");
    hover.node = "c";
    expect(edge("bc", graph.getEdgeAttributes("bc")).label).toBe("allegedly accused");
    hover.node = "a";
    expect(edge("ab2", graph.getEdgeAttributes("ab2")).label).toBe("in talks to win");
    hover.node = null;
    // On the highlighted path the alleged hop stays dashed.
    view.path = { nodes: new Set(["a", "b", "c"]), edges: new Set(["ab", "bc"]) };
    const onPath = edge("bc", graph.getEdgeAttributes("bc"));
    expect(onPath.color).toBe(PATH_EDGE);
    expect(onPath.type).toBe("dashed");
  });

  it("draws an undirected relation without an arrow head, solid or dashed, straight or curved", () => {
    const { graph, view, hover } = setup();
    const tie = { relType: "PARTNERS_WITH", stance: "partnership", start: null, undirected: true };
    graph.addDirectedEdgeWithKey("ac", "a", "c", { ...tie, status: "confirmed" });
    graph.addDirectedEdgeWithKey("ca", "c", "a", { ...tie, status: "reported" });
    graph.addDirectedEdgeWithKey("ac2", "a", "c", {
      ...tie,
      status: "confirmed",
      parallelIndex: 1,
      parallelMaxIndex: 1,
    });
    graph.addDirectedEdgeWithKey("ac3", "a", "c", { ...tie, status: "alleged", parallelIndex: 1, parallelMaxIndex: 1 });
    for (const id of ["ac", "ca", "ac2", "ac3"]) view.visibility.edges.add(id);
    const edge = createEdgeReducer(
      graph,
      () => view,
      () => hover,
    );
    expect(["ac", "ca", "ac2", "ac3"].map((id) => edge(id, graph.getEdgeAttributes(id)).type)).toEqual([
      "undirected",
      "undirectedDashed",
      "undirectedCurved",
      "undirectedDashedCurved",
    ]);
    expect(edge("ab", graph.getEdgeAttributes("ab")).type).toBe("arrow");
    view.path = { nodes: new Set(["a", "c"]), edges: new Set(["ac"]) };
    expect(edge("ac", graph.getEdgeAttributes("ac")).type).toBe("undirected");
  });

  it("draws the whole path on show, marking a hop the filters hide instead of leaving it out", () => {
    const { graph, view, hover } = setup();
    // "alleged" hidden in the filters: bc is filtered out, and with it C (isolated).
    view.visibility = { nodes: new Set(["a", "b"]), edges: new Set(["ab"]) };
    view.path = { nodes: new Set(["a", "b", "c"]), edges: new Set(["ab", "bc"]) };
    const edge = createEdgeReducer(
      graph,
      () => view,
      () => hover,
    );
    const node = createNodeReducer(
      graph,
      () => view,
      () => hover,
    );
    const hop = edge("bc", graph.getEdgeAttributes("bc"));
    expect(hop.hidden).toBeFalsy();
    expect(hop.color).toBe(PATH_EDGE);
    expect(hop.label).toBe("allegedly accused (hidden by filters)");
    expect(node("c", graph.getNodeAttributes("c")).hidden).toBeFalsy();
    expect(edge("ab", graph.getEdgeAttributes("ab")).label).toBe("won");
    // Without a path, the filters decide.
    view.path = null;
    expect(edge("bc", graph.getEdgeAttributes("bc")).hidden).toBe(true);
    expect(node("c", graph.getNodeAttributes("c")).hidden).toBe(true);
  });

  it("draws the entities of a crowded canvas smaller, those of a small one at full size", () => {
    const { graph, view, hover } = setup();
    expect(crowdingScale(graph)).toBe(1);
    const scale = { value: 1 };
    const node = createNodeReducer(
      graph,
      () => view,
      () => hover,
      () => scale.value,
    );
    const fullSize = node("c", graph.getNodeAttributes("c")).size!;
    // 10k entities with a relation each: at full size their discs would cover the view several times.
    for (let i = 0; i < 10_000; i++) {
      graph.addNode(`n${i}`, { x: i, y: 0, label: "", kind: "Person" });
      graph.addDirectedEdge(`n${i}`, i % 2 ? "a" : "b", {
        relType: "USES",
        stance: "neutral",
        status: "confirmed",
        start: null,
      });
    }
    scale.value = crowdingScale(graph);
    expect(scale.value).toBeLessThan(0.3);
    expect(node("c", graph.getNodeAttributes("c")).size).toBeCloseTo(fullSize * scale.value);
    // However many there are, they stay visible dots.
    for (let i = 10_000; i < 100_000; i++) graph.addNode(`n${i}`, { x: i, y: 0, label: "", kind: "Person" });
    expect(crowdingScale(graph)).toBeGreaterThan(0.1);
  });
});
