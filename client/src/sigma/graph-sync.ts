// Keeps the graphology graph that sigma draws in step with the canvas state: adds and drops entities
// and relations and places newcomers next to a neighbour. Only data and positions, never styling.
import type { MultiDirectedGraph } from "graphology";
import type { CanvasState } from "../core/canvas/canvas-state.js";
import type { Positions } from "../core/url-state/positions.js";

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

function placeNear(
  graph: ExplorerGraph,
  id: string,
  canvas: CanvasState,
  index: number,
  bulk: boolean,
): { x: number; y: number } {
  for (const edge of bulk ? [] : Object.values(canvas.edges)) {
    const other = edge.source === id ? edge.target : edge.target === id ? edge.source : null;
    if (other && graph.hasNode(other)) {
      const anchor = graph.getNodeAttributes(other);
      const angle = Math.random() * 2 * Math.PI;
      const spread = 1 + Math.random();
      return { x: anchor.x + Math.cos(angle) * spread, y: anchor.y + Math.sin(angle) * spread };
    }
  }
  const angle = (index * 2.399) % (2 * Math.PI);
  const radius = 10 * Math.sqrt(index + 1);
  return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
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
  // A first load is spread on a spiral; later arrivals land beside a neighbour already placed.
  const bulk = graph.order === 0;
  fresh.forEach((node, index) => {
    const preset = presets?.[node.id];
    graph.addNode(node.id, {
      ...(preset ? { x: preset.x, y: preset.y } : placeNear(graph, node.id, canvas, graph.order + index, bulk)),
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
