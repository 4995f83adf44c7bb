// For tests: what graphology itself reads from a reference file (its own Node entry points, which bring
// their own DOM), to compare our importers' counts against. Self-loops are counted apart: we skip them.
import { readFileSync } from "node:fs";
import Graph from "graphology";
import { parse as parseGexf } from "graphology-gexf";
import { parse as parseGraphml } from "graphology-graphml";
import type { AbstractGraph, SerializedGraph } from "graphology-types";

export function graphologyCounts(path: string): { nodes: number; edges: number; selfLoops: number } {
  const text = readFileSync(path, "utf8");
  let graph: AbstractGraph;
  if (path.endsWith(".gexf")) graph = parseGexf(Graph, text);
  else if (path.endsWith(".graphml")) graph = parseGraphml(Graph, text);
  else graph = Graph.from(JSON.parse(text) as SerializedGraph);
  let selfLoops = 0;
  graph.forEachEdge((_edge, _attributes, source, target) => {
    if (source === target) selfLoops++;
  });
  return { nodes: graph.order, edges: graph.size, selfLoops };
}
