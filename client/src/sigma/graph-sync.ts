// Keeps the graphology graph that sigma draws in step with the canvas state: adds and drops entities
// and relations and places newcomers next to a neighbour. Only data and positions, never styling.
import type { MultiDirectedGraph } from "graphology";
import type { CanvasState } from "../core/canvas/canvas-state.js";
import type { Positions } from "../core/url-state/positions.js";
import { placeBeside, placeOutside, typicalSpacing, type Point } from "./place-newcomers.js";

export interface NodeAttributes {
  x: number;
  y: number;
  label: string;
  kind: string;
  fixed?: boolean;
}

export interface EdgeAttributes {
  relType: string;
  stance: string;
  status: string;
  /** The relation's start date, if dated (for the test hook; filtering reads the canvas state). */
  start: string | null;
  /** Drawn without an arrow head: the relation has no direction (source and target are storage order). */
  undirected?: boolean;
}

export type ExplorerGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes>;

function placeNear(graph: ExplorerGraph, id: string, canvas: CanvasState, index: number, spacing: number): Point {
  const anchors: Point[] = [];
  for (const edge of Object.values(canvas.edges)) {
    const other = edge.source === id ? edge.target : edge.target === id ? edge.source : null;
    if (other && graph.hasNode(other)) anchors.push(graph.getNodeAttributes(other));
  }
  if (anchors.length > 0) return placeBeside(anchors, index, spacing);
  const drawn: Point[] = [];
  graph.forEachNode((_, a) => drawn.push(a));
  return placeOutside(drawn, index, spacing);
}

/**
 * Returns how many entities were added without a preset position, so the caller can run the layout
 * for them. Presets come from a shared link that carries the sender's layout.
 */
export function syncGraph(graph: ExplorerGraph, canvas: CanvasState, presets: Positions | null = null): number {
  let added = 0;
  for (const node of graph.nodes()) if (!canvas.nodes[node]) graph.dropNode(node);
  for (const edge of graph.edges()) if (!canvas.edges[edge]) graph.dropEdge(edge);
  const pinned = new Set(canvas.pinned);
  const fresh = Object.values(canvas.nodes).filter((n) => !graph.hasNode(n.id));
  // A first load is spread on a spiral; later arrivals land beside the neighbours already placed.
  const bulk = graph.order === 0;
  const spacing = typicalSpacing(
    graph.mapEdges((_edge, _attributes, _source, _target, a, b) => Math.hypot(a.x - b.x, a.y - b.y)),
  );
  fresh.forEach((node, index) => {
    const preset = presets?.[node.id];
    const spot = bulk ? placeOutside([], graph.order + index, 1) : placeNear(graph, node.id, canvas, index, spacing);
    graph.addNode(node.id, {
      ...(preset ? { x: preset.x, y: preset.y } : spot),
      label: node.name,
      kind: node.kind,
    });
    if (!preset) added += 1;
  });
  graph.forEachNode((id, attributes) => {
    const fixed = pinned.has(id);
    if (Boolean(attributes.fixed) !== fixed) graph.setNodeAttribute(id, "fixed", fixed);
  });
  for (const edge of Object.values(canvas.edges)) {
    if (graph.hasEdge(edge.id)) continue;
    graph.addDirectedEdgeWithKey(edge.id, edge.source, edge.target, {
      relType: edge.type,
      stance: edge.stance,
      status: edge.status,
      start: edge.date?.start ?? null,
      undirected: edge.directed === false,
    });
  }
  return added;
}
