// The one sigma 4 instance and everything that talks to it: primitives and base styles, the reducers,
// hover focus, clicks, double-clicks, dragging (sigma's own), label placement, camera and the layout worker.
import { MultiDirectedGraph } from "graphology";
import Sigma, { DEFAULT_STYLES } from "sigma";
import type { CameraState } from "sigma/types";
import type { CanvasState } from "../core/canvas/canvas-state.js";
import type { Positions } from "../core/url-state/positions.js";
import { detectCommunities } from "./communities.js";
import { frameCamera } from "./frame-camera.js";
import { syncGraph, type EdgeAttributes, type ExplorerGraph, type NodeAttributes } from "./graph-sync.js";
import { createLabelController } from "./label-controller.js";
import { addHairlineLayer, type HairlineLayer } from "./hairline-layer.js";
import { createLayoutController, type LayoutController } from "./layout-controller.js";
import { MotionAwareCamera } from "./motion-aware-camera.js";
import { EXPLORER_PRIMITIVES } from "./primitives.js";
import {
  createEdgeReducer,
  createNodeReducer,
  crowdingScale,
  DETAILED_EDGES_MAX,
  type HoverState,
  type RenderView,
} from "./reducers.js";

export interface CanvasCallbacks {
  onClickNode(id: string, additive: boolean): void;
  onDoubleClickNode(id: string): void;
  onClickEdge(id: string, additive: boolean): void;
  onClickStage(): void;
  onNodeDragged(id: string): void;
  onCameraChange(camera: CameraState): void;
  onLayoutChange(running: boolean): void;
  /** Positions came to rest: the layout stopped or a dragged entity was dropped. */
  onPositionsSettled(): void;
}

export type ExplorerSigma = Sigma<NodeAttributes, EdgeAttributes>;

export interface CanvasController {
  readonly graph: ExplorerGraph;
  readonly sigma: ExplorerSigma;
  readonly layout: LayoutController;
  setCanvas(canvas: CanvasState, presets?: Positions | null): void;
  positions(): Positions;
  setView(view: RenderView): void;
  /** Frames these entities (all of them when none are given), each with room for its label. */
  fit(ids?: readonly string[]): void;
  /** Ids whose labels are drawn right now, and on which side of their entity. */
  labelPlacement(): ReadonlyMap<string, string>;
  kill(): void;
}

export function createCanvasController(container: HTMLElement, view: RenderView, callbacks: CanvasCallbacks) {
  const graph: ExplorerGraph = new MultiDirectedGraph<NodeAttributes, EdgeAttributes>();
  let currentView = view;
  const hover: HoverState = { node: null, edge: null };
  let sizeScale = 1;
  let communities: Map<string, number> | null = null;

  // Assigned right after sigma exists; the reducers only run once it does.
  let labels: ReturnType<typeof createLabelController> | null = null;
  let hairlines: HairlineLayer | null = null;
  const nodeReducer = createNodeReducer(graph, {
    getView: () => currentView,
    getHover: () => hover,
    getSizeScale: () => sizeScale,
    getLabelPlacement: () => labels?.placement() ?? null,
    getCommunity: (node) => (communities ??= detectCommunities(graph)).get(node),
  });
  const edgeReducer = createEdgeReducer(
    graph,
    () => currentView,
    () => hover,
  );

  const sigma: ExplorerSigma = new Sigma<NodeAttributes, EdgeAttributes>(graph, container, {
    primitives: EXPLORER_PRIMITIVES,
    styles: {
      nodes: [
        DEFAULT_STYLES.nodes,
        // A light backing keeps a label readable over the relations (and, for a hub, a neighbour) beneath.
        {
          labelSize: 12,
          labelColor: "#1f2937",
          labelBackgroundColor: "rgba(255, 255, 255, 0.78)",
          labelBackgroundPadding: 1,
          cursor: "pointer",
        },
      ],
      edges: [DEFAULT_STYLES.edges, { labelSize: 11, labelColor: "#475569" }],
    },
    settings: {
      allowInvalidContainer: true,
      renderEdgeLabels: true,
      enableEdgeEvents: true,
      enableNodeDrag: true,
      // Sizes in screen pixels (sigma 3's behaviour): entities keep their size as the view zooms.
      itemSizesReference: "screen",
      enableCameraRotation: false,
      enableCameraMouseRotation: false,
      minCameraRatio: 0.05,
      maxCameraRatio: 8,
      stagePadding: 40,
    },
    nodeReducer: (key, _data, attributes) => nodeReducer(key, attributes),
    edgeReducer: (key, _data, attributes, state) => {
      const looks = edgeReducer(key, attributes, state.parallelCount);
      return hairlines ? hairlines.take(key, looks) : looks;
    },
  });
  // A camera set by code counts as moving too, so large canvases leave relations and labels out then as well.
  const camera = new MotionAwareCamera(() => {
    if (!labels?.placeAtRest()) sigma.scheduleRender();
  });
  sigma.setCamera(camera);
  // setCamera keeps the old camera's limits; re-applying the settings gives the new one minCameraRatio and the rest.
  sigma.setSettings({});
  sigma.on("afterRender", () => camera.frameDrawn());
  const mouse = sigma.getMouseCaptor();
  /** The test sigma applies hideEdgesOnMove with, before each frame. */
  const isMoving = () =>
    camera.isAnimating() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0;
  hairlines = addHairlineLayer(sigma, graph, isMoving);
  labels = createLabelController(
    sigma,
    graph,
    () => currentView,
    () => hover,
  );

  // A fit asked for while newcomers are being settled is asked again once they rest, so none ends off-screen.
  let settling = false;
  let fitWhileSettling: readonly string[] | null = null;
  const layout = createLayoutController(graph, (running) => {
    callbacks.onLayoutChange(running);
    if (running) return;
    callbacks.onPositionsSettled();
    const again = settling ? fitWhileSettling : null;
    settling = false;
    fitWhileSettling = null;
    if (again) controller.fit(again);
  });

  // Hover focus restyles every item; while the view moves entities slide under the pointer, and each
  // such refresh drew a whole frame, relations and all. The hover the pointer rests on is applied once
  // the view rests.
  let restHover: HoverState | null = null;
  let restHoverCheck = 0;
  const applyRestHover = () => {
    restHoverCheck = 0;
    if (!restHover) return;
    if (isMoving()) {
      restHoverCheck = requestAnimationFrame(applyRestHover);
      return;
    }
    Object.assign(hover, restHover);
    restHover = null;
    sigma.refresh({ skipIndexation: true });
  };
  const setHover = (next: Partial<HoverState>) => {
    restHover = { ...(restHover ?? hover), ...next };
    if (restHoverCheck === 0) restHoverCheck = requestAnimationFrame(applyRestHover);
  };
  sigma.on("enterNode", ({ node }) => setHover({ node, edge: null }));
  sigma.on("leaveNode", () => setHover({ node: null }));
  sigma.on("enterEdge", ({ edge }) => setHover({ edge, node: null }));
  sigma.on("leaveEdge", () => setHover({ edge: null }));

  // Sigma drags the entity; a drop pins it where it lands.
  let dragMoved = false;
  sigma.on("nodeDragStart", () => {
    dragMoved = false;
  });
  sigma.on("nodeDrag", () => {
    dragMoved = true;
  });
  sigma.on("nodeDragEnd", ({ node }) => {
    if (!dragMoved) return;
    callbacks.onNodeDragged(node);
    callbacks.onPositionsSettled();
  });

  sigma.on("clickNode", ({ node, event }) => {
    if (dragMoved) {
      dragMoved = false;
      return;
    }
    callbacks.onClickNode(node, event.original.shiftKey);
  });
  sigma.on("doubleClickNode", ({ node, event }) => {
    event.preventSigmaDefault();
    callbacks.onDoubleClickNode(node);
  });
  sigma.on("clickEdge", ({ edge, event }) => callbacks.onClickEdge(edge, event.original.shiftKey));
  sigma.on("clickStage", () => callbacks.onClickStage());
  sigma.getCamera().on("updated", (state) => callbacks.onCameraChange(state));

  // Sigma's edge picking pass draws every relation again, hidden ones too (as clipped instances): on a
  // large canvas, where plain relations are hairlines nobody can pick, it runs only while an entity,
  // relation or path is selected, whose relations sigma draws and the analyst may click.
  const pickEdgesIfWanted = () => {
    const wanted =
      graph.size <= DETAILED_EDGES_MAX ||
      currentView.selectedNodes.size > 0 ||
      currentView.selectedEdges.size > 0 ||
      currentView.path !== null;
    if (sigma.getSetting("enableEdgeEvents") !== wanted) sigma.setSettings({ enableEdgeEvents: wanted });
  };

  const controller: CanvasController = {
    graph,
    sigma,
    layout,
    setCanvas(canvas, presets = null) {
      // What is drawn already keeps its place while the layout settles the newcomers.
      const drawn = new Set(graph.nodes());
      const unplaced = syncGraph(graph, canvas, presets);
      communities = null;
      // Large canvases leave relations and labels out while the view moves: most of a moving frame's cost.
      const lean = graph.size > DETAILED_EDGES_MAX;
      if (sigma.getSetting("hideEdgesOnMove") !== lean)
        sigma.setSettings({ hideEdgesOnMove: lean, hideLabelsOnMove: lean });
      pickEdgesIfWanted();
      sizeScale = crowdingScale(graph);
      sigma.refresh();
      settling = unplaced > 0 && drawn.size > 0;
      if (unplaced > 0) layout.start(drawn);
      else layout.restartIfRunning();
    },
    positions() {
      const positions: Positions = {};
      graph.forEachNode((id, a) => {
        positions[id] = { x: a.x, y: a.y };
      });
      return positions;
    },
    setView(next) {
      if (next.colorBy !== currentView.colorBy) communities = null;
      currentView = next;
      pickEdgesIfWanted();
      sigma.refresh({ skipIndexation: true });
    },
    fit(ids) {
      if (settling) fitWhileSettling = ids ?? [];
      const nodes = ids?.filter((id) => graph.hasNode(id)) ?? [];
      if (nodes.length === 0) {
        void sigma.getCamera().reset({ duration: 300 });
        return;
      }
      void sigma.getCamera().animate(frameCamera(sigma, nodes), { duration: 300 });
    },
    labelPlacement: () => labels?.placement() ?? new Map(),
    kill() {
      cancelAnimationFrame(restHoverCheck);
      layout.kill();
      labels?.kill();
      camera.dispose();
      sigma.kill();
    },
  };
  return controller;
}
