// Turns what the walks found into full nodes and edges, in one store call each. Relations found by a
// walk come with their ends, so they are read through those (see GraphStore.getRelationsAt).
import type { AdjacentEdge, GraphEdge, GraphNode } from "../model/graph.js";
import type { GraphStore } from "../store.js";

export interface Hydrated {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
}

export async function hydrate(
  store: GraphStore,
  nodeIds: Iterable<string>,
  edges: readonly AdjacentEdge[],
): Promise<Hydrated> {
  const nodeList = [...new Set(nodeIds)];
  const [nodes, full] = await Promise.all([
    nodeList.length > 0 ? store.getEntities(nodeList) : [],
    edges.length > 0 ? store.getRelationsAt(edges) : [],
  ]);
  return {
    nodes: new Map(nodes.map((node) => [node.id, node])),
    edges: new Map(full.map((edge) => [edge.id, edge])),
  };
}
