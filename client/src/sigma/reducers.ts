// Sigma's node and edge reducers: how each entity and relation looks given the filters, the selection,
// the hovered item and the path on show. They read the view and never touch the graph.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EntityKind, RelationStatus, RelationType, Stance } from "../../../graph/model/index.js";
import { qualifiedVerb } from "../../../graph/model/qualified-verb.js";
import type { Visibility } from "../core/filters/visibility.js";
import type { EdgeAttributes, ExplorerGraph, NodeAttributes } from "./graph-sync.js";
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

/**
 * Level of detail: with more relations on the canvas than this, ordinary relations are drawn as plain
 * straight lines (no arrowheads, no curves), which WebGL draws several times faster; the ones in focus
 * (hovered, selected, on a path, touching the hovered entity) keep their arrows and curves.
 */
export const DETAILED_EDGES_MAX = 2_000;

/** @sigma/edge-curve's default curvature; imported by value it would pull WebGL into unit tests. */
const DEFAULT_EDGE_CURVATURE = 0.25;

export interface RenderView {
  visibility: Visibility;
  selectedNodes: ReadonlySet<string>;
  selectedEdges: ReadonlySet<string>;
  path: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> } | null;
  more: Readonly<Record<string, number>>;
  pinned: ReadonlySet<string>;
}

export interface HoverState {
  node: string | null;
  edge: string | null;
}

export function nodeSize(degree: number): number {
  return Math.min(26, 5 + 2.6 * Math.sqrt(degree));
}

/** Pixels² (at the fit view) that a canvas's entities may cover at full size; beyond it they shrink. */
export const FULL_SIZE_AREA_MAX = 100_000;
const SMALLEST_CROWDING_SCALE = 0.12;

/**
 * How much smaller a crowded canvas draws its entities, so that their discs cover at most about a
 * quarter of the view: thousands of entities, or hundreds of well-connected ones, then show as a map of
 * dots and lines rather than one blot of overlapping discs (10k entities at full size cover the screen
 * several times over, and also cost a software renderer that much filling).
 */
export function crowdingScale(graph: ExplorerGraph): number {
  let area = 0;
  graph.forEachNode((node) => {
    area += Math.PI * nodeSize(graph.degree(node)) ** 2;
  });
  if (area <= FULL_SIZE_AREA_MAX) return 1;
  return Math.max(SMALLEST_CROWDING_SCALE, Math.sqrt(FULL_SIZE_AREA_MAX / area));
}

/** Curvature for one of several relations between the same two entities, spread symmetrically. */
export function parallelCurvature(index: number, maxIndex: number): number {
  if (maxIndex <= 0) return DEFAULT_EDGE_CURVATURE;
  if (index < 0) return -parallelCurvature(-index, maxIndex);
  const amplitude = 3.5;
  const maxCurvature = amplitude * (1 - Math.exp(-maxIndex / amplitude)) * DEFAULT_EDGE_CURVATURE;
  return (maxCurvature * index) / maxIndex;
}

/** Only confirmed relations are drawn solid; every other status is dashed, on canvas and in exports. */
export function isDashedStatus(status: string): boolean {
  return status !== "confirmed";
}

/** The program for a relation drawn in full: straight or curved (parallel), solid or dashed, headless if undirected. */
function detailedTypeOf(parallel: boolean, dashed: boolean, undirected: boolean): string {
  if (undirected) {
    if (dashed) return parallel ? "undirectedDashedCurved" : "undirectedDashed";
    return parallel ? "undirectedCurved" : "undirected";
  }
  if (dashed) return parallel ? "dashedCurved" : "dashed";
  return parallel ? "curved" : "arrow";
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

export function createNodeReducer(
  graph: ExplorerGraph,
  getView: () => RenderView,
  getHover: () => HoverState,
  getSizeScale: () => number = () => 1,
) {
  return (node: string, data: NodeAttributes): Partial<NodeDisplayData> => {
    const view = getView();
    const kind = data.kind as EntityKind;
    const result: Partial<NodeDisplayData> = {
      ...data,
      type: KIND_SHAPES[kind] ?? "circle",
      color: KIND_COLORS[kind] ?? "#64748b",
      size: nodeSize(graph.degree(node)) * getSizeScale(),
      label: view.pinned.has(node) ? `${data.label} ⚑` : data.label,
    };
    const more = view.more[node];
    if (more) result.label = `${result.label} (+${more})`;
    // The path on show is drawn whole, even where the filters would hide one of its entities.
    if (!view.visibility.nodes.has(node) && !view.path?.nodes.has(node)) return { ...result, hidden: true };

    const focus = focusSet(graph, getHover());
    const dimmedByFocus = focus !== null && !focus.has(node);
    const dimmedByPath = view.path !== null && !view.path.nodes.has(node);
    if (dimmedByFocus || (dimmedByPath && focus === null)) {
      return { ...result, color: DIMMED_NODE, label: null, zIndex: 0 };
    }
    if (view.selectedNodes.has(node)) return { ...result, highlighted: true, forceLabel: true, zIndex: 3 };
    if (focus?.has(node) || view.path?.nodes.has(node)) return { ...result, forceLabel: true, zIndex: 2 };
    return { ...result, zIndex: 1 };
  };
}

export function createEdgeReducer(graph: ExplorerGraph, getView: () => RenderView, getHover: () => HoverState) {
  return (edge: string, data: EdgeAttributes): Partial<EdgeDisplayData> => {
    const view = getView();
    const onPath = view.path?.edges.has(edge) ?? false;
    // A path with a hop missing would tell the analyst a connection that is not there: the path on show
    // keeps every relation, and the one the filters hide says so in its label.
    const filteredOut = !view.visibility.edges.has(edge);
    if (filteredOut && !onPath) return { hidden: true };
    const style = STATUS_STYLE[data.status as RelationStatus] ?? STATUS_STYLE.confirmed;
    const stanceColor = STANCE_COLORS[data.stance as Stance] ?? STANCE_COLORS.neutral;
    const parallel = data.parallelMaxIndex != null && data.parallelIndex != null;
    const detailedType = detailedTypeOf(parallel, isDashedStatus(data.status), data.undirected === true);
    const [source, target] = graph.extremities(edge);
    // Large canvases draw hairlines, except the relations of selected entities: those stay clickable.
    const touchesSelected = view.selectedNodes.has(source) || view.selectedNodes.has(target);
    const result: Partial<EdgeDisplayData> & { curvature?: number } = {
      type: graph.size > DETAILED_EDGES_MAX && !touchesSelected ? "line" : detailedType,
      color: withAlpha(stanceColor, style.alpha),
      size: style.width,
      label: null,
      zIndex: 1,
    };
    if (parallel) result.curvature = parallelCurvature(data.parallelIndex ?? 0, data.parallelMaxIndex ?? 1);

    const hover = getHover();
    const touchesHovered = hover.node !== null && (source === hover.node || target === hover.node);
    const showLabel = touchesHovered || hover.edge === edge || view.selectedEdges.has(edge);
    if (showLabel) {
      Object.assign(result, { type: detailedType, label: labelOf(data), forceLabel: true, zIndex: 3 });
    }

    if ((hover.node !== null && !touchesHovered) || (hover.edge !== null && hover.edge !== edge)) {
      return { ...result, color: DIMMED_EDGE, label: null, zIndex: 0 };
    }
    if (view.path !== null && hover.node === null && hover.edge === null) {
      if (!onPath) return { ...result, color: DIMMED_EDGE, zIndex: 0 };
      return {
        ...result,
        type: detailedType,
        color: PATH_EDGE,
        size: style.width + 2.5,
        label: filteredOut ? `${labelOf(data)} (hidden by filters)` : labelOf(data),
        forceLabel: true,
        zIndex: 3,
      };
    }
    if (view.selectedEdges.has(edge)) {
      return { ...result, type: detailedType, size: style.width + 2, color: withAlpha(stanceColor, 1) };
    }
    return result;
  };
}
