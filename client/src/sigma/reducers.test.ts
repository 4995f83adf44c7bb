import { MultiDirectedGraph } from "graphology";
import { describe, expect, it } from "vitest";
import { communityColor } from "./communities.js";
import type { EdgeAttributes, NodeAttributes } from "./graph-sync.js";
import { KIND_COLORS, PATH_EDGE, STANCE_COLORS } from "./palette.js";
import {
  createEdgeReducer,
  createNodeReducer,
  crowdingScale,
  DETAILED_EDGES_MAX,
  type HoverState,
  type NodeLooks,
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
  const looks = (extra: Partial<NodeLooks> = {}): NodeLooks => ({
    getView: () => view,
    getHover: () => hover,
    ...extra,
  });
  const node = (extra: Partial<NodeLooks> = {}) => {
    const reducer = createNodeReducer(graph, looks(extra));
    return (id: string) => reducer(id, graph.getNodeAttributes(id));
  };
  const edgeReducer = createEdgeReducer(
    graph,
    () => view,
    () => hover,
  );
  const edge = (id: string, parallelCount = 1) => edgeReducer(id, graph.getEdgeAttributes(id), parallelCount);
  return { graph, view, hover, node, edge };
}

describe("reducers", () => {
  it("draws contracts as squares, rivalries red, and alleged relations thinner than confirmed", () => {
    const { node, edge } = setup();
    expect(node()("b").shape).toBe("square");
    expect(node()("a").shape).toBe("circle");
    const alleged = edge("bc");
    const confirmed = edge("ab");
    expect(alleged.color).toContain("220, 38, 38");
    expect(alleged.size).toBeLessThan(confirmed.size ?? 0);
  });

  it("hovering a node dims what is not its neighbour and labels its relations", () => {
    const { hover, node, edge } = setup();
    hover.node = "a";
    expect(node()("c").label).toBeNull();
    expect(node()("b").depth).toBe("topNodes");
    expect(edge("ab").label).toBe("won");
    expect(edge("ab").labelVisibility).toBe("visible");
    expect(edge("bc").label).toBeNull();
  });

  it("a path on show is highlighted and the rest dimmed; filtered items are hidden", () => {
    const { view, node, edge } = setup();
    view.path = { nodes: new Set(["a", "b"]), edges: new Set(["ab"]) };
    expect(edge("ab").color).toBe(PATH_EDGE);
    expect(edge("bc").color).not.toBe(STANCE_COLORS.rivalry);
    view.path = null;
    view.visibility = { nodes: new Set(["a"]), edges: new Set<string>() };
    expect(edge("ab").visibility).toBe("hidden");
    expect(node()("b").visibility).toBe("hidden");
  });

  it("draws relations as plain lines on a large canvas, keeping the arrow on selected, hovered or touched by a selected entity", () => {
    const { graph, view, hover, edge } = setup();
    expect(edge("ab").drawnAs).toBe("arrow");
    expect(edge("ab").head).toBe("arrow");
    for (let i = graph.size; i <= DETAILED_EDGES_MAX; i++) {
      graph.addDirectedEdgeWithKey(`extra${i}`, "a", "c", {
        relType: "USES",
        stance: "partnership",
        status: "confirmed",
        start: null,
      });
    }
    expect(edge("ab").drawnAs).toBe("line");
    expect(edge("ab").head).toBe("none");
    view.selectedEdges = new Set(["ab"]);
    expect(edge("ab").drawnAs).toBe("arrow");
    view.selectedEdges = new Set();
    // A selected entity's relations keep their heads; the others are lines.
    view.selectedNodes = new Set(["a"]);
    expect(edge("ab").drawnAs).toBe("arrow");
    expect(edge("bc").drawnAs).toBe("line");
    view.selectedNodes = new Set();
    hover.edge = "bc";
    expect(edge("bc").drawnAs).toBe("dashed");
  });

  it("draws confirmed relations solid and every other status dashed, labelled with the qualified verb", () => {
    const { graph, view, hover, edge } = setup();
    graph.addDirectedEdgeWithKey("ab2", "a", "b", {
      relType: "WON",
      stance: "neutral",
      status: "negotiating",
      start: null,
    });
    view.visibility.edges.add("ab2");
    const solid = edge("ab");
    expect(solid.drawnAs).toBe("arrow");
    expect(solid.dashSize).toBe(0);
    expect(solid.solidColor).toBe(solid.color);
    const dashed = edge("bc");
    expect(dashed.drawnAs).toBe("dashed");
    expect(dashed.dashSize).toBeGreaterThan(0);
    // The plain layer is transparent under a dashed relation, so its gaps show.
    expect(dashed.solidColor).toBe("#00000000");
    expect(edge("ab2", 2).drawnAs).toBe("dashedCurved");
    expect(edge("ab2", 2).parallelPath).toBe("curved");
    hover.node = "c";
    expect(edge("bc").label).toBe("allegedly accused");
    hover.node = "a";
    expect(edge("ab2", 2).label).toBe("in talks to win");
    hover.node = null;
    // On the highlighted path the alleged hop stays dashed.
    view.path = { nodes: new Set(["a", "b", "c"]), edges: new Set(["ab", "bc"]) };
    const onPath = edge("bc");
    expect(onPath.color).toBe(PATH_EDGE);
    expect(onPath.drawnAs).toBe("dashed");
    expect(onPath.dashSize).toBeGreaterThan(0);
  });

  it("draws an undirected relation without an arrow head, solid or dashed, straight or curved", () => {
    const { graph, view, edge } = setup();
    const tie = { relType: "PARTNERS_WITH", stance: "partnership", start: null, undirected: true };
    graph.addDirectedEdgeWithKey("ac", "a", "c", { ...tie, status: "confirmed" });
    graph.addDirectedEdgeWithKey("ca", "c", "a", { ...tie, status: "reported" });
    for (const id of ["ac", "ca"]) view.visibility.edges.add(id);
    expect([edge("ac").drawnAs, edge("ca").drawnAs, edge("ac", 2).drawnAs, edge("ca", 2).drawnAs]).toEqual([
      "undirected",
      "undirectedDashed",
      "undirectedCurved",
      "undirectedDashedCurved",
    ]);
    expect(edge("ac").head).toBe("none");
    expect(edge("ab").drawnAs).toBe("arrow");
    view.path = { nodes: new Set(["a", "c"]), edges: new Set(["ac"]) };
    expect(edge("ac").drawnAs).toBe("undirected");
  });

  it("draws the whole path on show, marking a hop the filters hide instead of leaving it out", () => {
    const { view, node, edge } = setup();
    // "alleged" hidden in the filters: bc is filtered out, and with it C (isolated).
    view.visibility = { nodes: new Set(["a", "b"]), edges: new Set(["ab"]) };
    view.path = { nodes: new Set(["a", "b", "c"]), edges: new Set(["ab", "bc"]) };
    const hop = edge("bc");
    expect(hop.visibility).toBe("visible");
    expect(hop.color).toBe(PATH_EDGE);
    expect(hop.label).toBe("allegedly accused (hidden by filters)");
    expect(node()("c").visibility).not.toBe("hidden");
    expect(edge("ab").label).toBe("won");
    // Without a path, the filters decide.
    view.path = null;
    expect(edge("bc").visibility).toBe("hidden");
    expect(node()("c").visibility).toBe("hidden");
  });

  it("shows the labels the placement chose, on the side it chose, and hides the others", () => {
    const { node } = setup();
    const placed = node({ getLabelPlacement: () => new Map([["a", "left" as const]]) });
    expect(placed("a")).toMatchObject({ labelVisibility: "visible", labelPosition: "left" });
    expect(placed("b").labelVisibility).toBe("hidden");
  });

  it("colours entities by community when asked, by kind otherwise", () => {
    const { view, node } = setup();
    const looks = { getCommunity: (id: string) => (id === "a" ? 3 : 0) };
    expect(node(looks)("a").color).toBe(KIND_COLORS.Organization);
    view.colorBy = "community";
    expect(node(looks)("a").color).toBe(communityColor(3));
    expect(node(looks)("b").color).toBe(communityColor(0));
  });

  it("draws the entities of a crowded canvas smaller, those of a small one at full size", () => {
    const { graph, node } = setup();
    expect(crowdingScale(graph)).toBe(1);
    const scale = { value: 1 };
    const sized = node({ getSizeScale: () => scale.value });
    const fullSize = sized("c").size!;
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
    expect(sized("c").size).toBeCloseTo(fullSize * scale.value);
    // However many there are, they stay visible dots.
    for (let i = 10_000; i < 100_000; i++) graph.addNode(`n${i}`, { x: i, y: 0, label: "", kind: "Person" });
    expect(crowdingScale(graph)).toBeGreaterThan(0.1);
  });
});
