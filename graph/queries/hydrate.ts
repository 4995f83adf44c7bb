// Turns ids found by the walks into full nodes and edges, in one store call each.
import type { GraphEdge, GraphNode } from "../model/graph.js";
import type { GraphStore } from "../store.js";

export interface Hydrated {
  nodes: Map<string, GraphNode>;
  edges: Map<string, GraphEdge>;
}

export async function hydrate(
  store: GraphStore,
  nodeIds: Iterable<string>,
  edgeIds: Iterable<string>,
): Promise<Hydrated> {
  const nodeList = [...new Set(nodeIds)];
  const edgeList = [...new Set(edgeIds)];
  const [nodes, edges] = await Promise.all([
    nodeList.length > 0 ? store.getEntities(nodeList) : [],
    edgeList.length > 0 ? store.getRelations(edgeList) : [],
  ]);
  return {
    nodes: new Map(nodes.map((node) => [node.id, node])),
    edges: new Map(edges.map((edge) => [edge.id, edge])),
  };
}
