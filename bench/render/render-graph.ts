// The graphs every renderer draws: n entities and 5n relations from the generator (sources left out:
// they are evidence, not drawn), each entity at the same fixed position for all renderers.
import { generateGraph } from "../generate/generate-records.js";
import { createRandom } from "../generate/prng.js";

export interface RenderNode {
  id: string;
  label: string;
  kind: string;
  x: number;
  y: number;
}

export interface RenderEdge {
  id: string;
  source: string;
  target: string;
  type: string;
  stance: string;
  status: string;
}

export interface RenderGraph {
  nodes: RenderNode[];
  edges: RenderEdge[];
}

export const EDGES_PER_NODE = 5;

export function renderGraphOf(nodeCount: number, seed: number): RenderGraph {
  const generated = generateGraph({ relations: nodeCount * EDGES_PER_NODE, entities: nodeCount, seed });
  const random = createRandom(seed ^ 0x5eed);
  // Spread over a disc whose area grows with n, so density on screen stays alike across sizes.
  const radius = Math.sqrt(nodeCount) * 10;
  const nodes: RenderNode[] = [];
  const edges: RenderEdge[] = [];
  for (const record of generated.records) {
    if (record.record === "entity") {
      const angle = random.next() * 2 * Math.PI;
      const distance = Math.sqrt(random.next()) * radius;
      nodes.push({
        id: String(record.id),
        label: String(record.name),
        kind: String(record.kind),
        x: Math.cos(angle) * distance,
        y: Math.sin(angle) * distance,
      });
    } else if (record.record === "relation") {
      edges.push({
        id: String(record.id),
        source: String(record.from),
        target: String(record.to),
        type: String(record.type),
        stance: "neutral",
        status: String(record.status),
      });
    }
  }
  return { nodes, edges };
}
