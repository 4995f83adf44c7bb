// How each entity and relation looks given the filters, the selection, the hovered item, the path on
// show and the label placement: sigma 4 reducers (its public extension point for view-dependent looks),
// run after the base styles. They read the view and never touch the graph.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EntityKind, RelationStatus, RelationType, Stance } from "../../../graph/model/index.js";
import { qualifiedVerb } from "../../../graph/model/qualified-verb.js";
import type { Visibility } from "../core/filters/visibility.js";
import { communityColor } from "./communities.js";
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from "./graph-sync.js";
import type { LabelPlacement } from "./label-placement.js";
import {
  DIMMED_EDGE,
  DIMMED_NODE,
  KIND_COLORS,
  KIND_SHAPES,
  PATH_EDGE,
  STANCE_COLORS,
  STATUS_STYLE,
  withAlpha,
} from "./palette.js";
import { DASH_LENGTH } from "./dash-pattern.js";

/**
 * Level of detail: with more relations on the canvas than this, ordinary relations are drawn as plain
 * straight lines (no arrowheads, no curves) and left out while the view moves; the ones in focus
 * (hovered, selected, on a path, touching the hovered or a selected entity) keep their arrows and curves.
 */
export const DETAILED_EDGES_MAX = 2_000;

export type ColorBy = "kind" | "community";

export interface RenderView {
  visibility: Visibility;
  selectedNodes: ReadonlySet<string>;
  selectedEdges: ReadonlySet<string>;
  path: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
  more: Readonly<Record<string, number>>;
  pinned: ReadonlySet<string>;
  /** What an entity's colour says: its kind (the default) or its Louvain community. */
  colorBy?: ColorBy;
}

export interface HoverState {
  node: string | null;
  edge: string | null;
}

/** How a relation is drawn, in words: straight or curved, solid or dashed, with or without a head. */
export type EdgeDrawing =
  | "arrow"
  | "curved"
  | "dashed"
  | "dashedCurved"
  | "line"
  | "undirected"
  | "undirectedCurved"
  | "undirectedDashed"
  | "undirectedDashedCurved";

/** Sigma's display data with the variables our primitives declare, and the drawing in words. */
export type ExplorerEdgeDisplay = Partial<EdgeDisplayData> & {
  solidColor?: string;
  dashSize?: number;
  drawnAs?: EdgeDrawing;
};

export type ExplorerNodeDisplay = Partial<NodeDisplayData>;

export function nodeSize(degree: number): number {
  return Math.min(26, 5 + 2.6 * Math.sqrt(degree));
}

/** Pixels² (at the fit view) that a canvas's entities may cover at full size; beyond it they shrink. */
export const FULL_SIZE_AREA_MAX = 100_000;
const SMALLEST_CROWDING_SCALE = 0.12;

/**
 * How much smaller a crowded canvas draws its entities, so that their discs cover at most about a
 * quarter of the view: thousands of entities, or hundreds of well-connected ones, then show as a map of
 * dots and lines rather than one blot of overlapping discs.
 */
export function crowdingScale(graph: ExplorerGraph): number {
  let area = 0;
  graph.forEachNode((node) => {
    area += Math.PI * nodeSize(graph.degree(node)) ** 2;
  });
  if (area <= FULL_SIZE_AREA_MAX) return 1;
  return Math.max(SMALLEST_CROWDING_SCALE, Math.sqrt(FULL_SIZE_AREA_MAX / area));
}

/** Only confirmed relations are drawn solid; every other status is dashed, on canvas and in exports. */
export function isDashedStatus(status: string): boolean {
  return status !== "confirmed";
}

function detailedDrawing(parallel: boolean, dashed: boolean, undirected: boolean): EdgeDrawing {
  if (undirected) {
    if (dashed) return parallel ? "undirectedDashedCurved" : "undirectedDashed";
    return parallel ? "undirectedCurved" : "undirected";
  }
  if (dashed) return parallel ? "dashedCurved" : "dashed";
  return parallel ? "curved" : "arrow";
}

/** Sigma's path, head and dash for a drawing; sigma bends parallel relations apart on the curved path. */
function primitivesOf(drawing: EdgeDrawing, color: string): ExplorerEdgeDisplay {
  const dashed = drawing.toLowerCase().includes("dashed");
  return {
    path: "straight",
    parallelPath: drawing === "line" ? "straight" : "curved",
    head: drawing === "line" || drawing.startsWith("undirected") ? "none" : "arrow",
    solidColor: dashed ? "#00000000" : color,
    dashSize: dashed ? DASH_LENGTH : 0,
    drawnAs: drawing,
  };
}

/** A relation's label: its verb as its status qualifies it, "allegedly influenced", "in talks to win". */
function labelOf(data: EdgeAttributes): string {
  return qualifiedVerb(data.relType as RelationType, (data.status as RelationStatus) ?? "confirmed");
}

function focusSet(graph: ExplorerGraph, hover: HoverState): Set<string> | null {
  if (hover.node && graph.hasNode(hover.node)) return new Set([hover.node, ...graph.neighbors(hover.node)]);
  if (hover.edge && graph.hasEdge(hover.edge)) return new Set(graph.extremities(hover.edge));
  return null;
}

export interface NodeLooks {
  getView(): RenderView;
  getHover(): HoverState;
  getSizeScale?(): number;
  /** Where each label goes; entities it leaves out have no label at this zoom. Null before the first placement. */
  getLabelPlacement?(): LabelPlacement | null;
  getCommunity?(node: string): number | undefined;
}

export function createNodeReducer(graph: ExplorerGraph, looks: NodeLooks) {
  return (node: string, data: NodeAttributes): ExplorerNodeDisplay => {
    const view = looks.getView();
    const kind = data.kind as EntityKind;
    const community = view.colorBy === "community" ? looks.getCommunity?.(node) : undefined;
    const label = view.pinned.has(node) ? `${data.label} ⚑` : data.label;
    const more = view.more[node];
    const result: ExplorerNodeDisplay = {
      shape: KIND_SHAPES[kind] ?? "circle",
      color: community === undefined ? (KIND_COLORS[kind] ?? "#64748b") : communityColor(community),
      size: nodeSize(graph.degree(node)) * (looks.getSizeScale?.() ?? 1),
      label: more ? `${label} (+${more})` : label,
      depth: "nodes",
      highlighted: false,
    };
    const placement = looks.getLabelPlacement?.() ?? null;
    if (placement) {
      const position = placement.get(node);
      Object.assign(
        result,
        position ? { labelVisibility: "visible", labelPosition: position } : { labelVisibility: "hidden" },
      );
    }
    // The path on show is drawn whole, even where the filters would hide one of its entities.
    if (!view.visibility.nodes.has(node) && !view.path?.nodes.has(node)) return { ...result, visibility: "hidden" };

    const focus = focusSet(graph, looks.getHover());
    const dimmedByFocus = focus !== null && !focus.has(node);
    const dimmedByPath = view.path !== null && !view.path.nodes.has(node);
    if (dimmedByFocus || (dimmedByPath && focus === null)) {
      return { ...result, color: DIMMED_NODE, label: null, labelVisibility: "hidden", zIndex: 0 };
    }
    if (view.selectedNodes.has(node)) return { ...result, highlighted: true, depth: "topNodes", zIndex: 3 };
    if (focus?.has(node) || view.path?.nodes.has(node)) return { ...result, depth: "topNodes", zIndex: 2 };
    return { ...result, zIndex: 1 };
  };
}

export function createEdgeReducer(graph: ExplorerGraph, getView: () => RenderView, getHover: () => HoverState) {
  /** `parallelCount` is sigma's edge state: how many relations join the same two entities. */
  return (edge: string, data: EdgeAttributes, parallelCount = 1): ExplorerEdgeDisplay => {
    const view = getView();
    const onPath = view.path?.edges.has(edge) ?? false;
    // A path with a hop missing would tell the analyst a connection that is not there: the path on show
    // keeps every relation, and the one the filters hide says so in its label.
    const filteredOut = !view.visibility.edges.has(edge);
    if (filteredOut && !onPath) return { visibility: "hidden" };
    const style = STATUS_STYLE[data.status as RelationStatus] ?? STATUS_STYLE.confirmed;
    const stanceColor = STANCE_COLORS[data.stance as Stance] ?? STANCE_COLORS.neutral;
    const detailed = detailedDrawing(parallelCount > 1, isDashedStatus(data.status), data.undirected === true);
    const [source, target] = graph.extremities(edge);
    // Large canvases draw plain lines, except the relations of selected entities: those keep their heads.
    const touchesSelected = view.selectedNodes.has(source) || view.selectedNodes.has(target);
    const lean = graph.size > DETAILED_EDGES_MAX && !touchesSelected;
    const drawn = (drawing: EdgeDrawing, color: string, rest: ExplorerEdgeDisplay = {}): ExplorerEdgeDisplay => ({
      visibility: "visible",
      size: style.width,
      label: null,
      labelVisibility: "hidden",
      depth: "edges",
      zIndex: 1,
      color,
      ...primitivesOf(drawing, color),
      ...rest,
    });
    const color = withAlpha(stanceColor, style.alpha);

    const hover = getHover();
    const touchesHovered = hover.node !== null && (source === hover.node || target === hover.node);
    const showLabel = touchesHovered || hover.edge === edge || view.selectedEdges.has(edge);
    const labelled = { label: labelOf(data), labelVisibility: "visible" as const, depth: "topEdges", zIndex: 3 };

    if ((hover.node !== null && !touchesHovered) || (hover.edge !== null && hover.edge !== edge)) {
      return drawn(lean ? "line" : detailed, DIMMED_EDGE, { zIndex: 0 });
    }
    if (view.path !== null && hover.node === null && hover.edge === null) {
      if (!onPath) return drawn(lean ? "line" : detailed, DIMMED_EDGE, { zIndex: 0 });
      // The path is drawn whole and thick: its confirmed hops solid, the others dashed.
      return drawn(detailed, PATH_EDGE, {
        ...labelled,
        size: style.width + 2.5,
        label: filteredOut ? `${labelOf(data)} (hidden by filters)` : labelOf(data),
      });
    }
    if (view.selectedEdges.has(edge)) {
      return drawn(detailed, withAlpha(stanceColor, 1), { ...labelled, size: style.width + 2 });
    }
    if (showLabel) return drawn(detailed, color, labelled);
    return drawn(lean ? "line" : detailed, color);
  };
}
