// Checks a graph before it is exported: the wire format's own schema, unique ids, and edges whose ends
// are in the graph, so no writer emits a file another tool refuses or quietly reads short.
import { InvalidInputError } from "../errors.js";
import { Graph } from "../model/graph.js";

export function checkExportGraph(graph: unknown): Graph {
  const parsed = Graph.safeParse(graph);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path
      .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
      .join("")
      .replace(/^\./, "");
    throw new InvalidInputError(`graph to export: ${field}: ${issue.message}`, { parameter: "graph", field });
  }
  const nodeIds = new Set<string>();
  parsed.data.nodes.forEach((node, i) => {
    if (nodeIds.has(node.id)) fail(`nodes[${i}].id`, `node id "${node.id}" appears twice`);
    nodeIds.add(node.id);
  });
  const edgeIds = new Set<string>();
  parsed.data.edges.forEach((edge, i) => {
    if (edgeIds.has(edge.id)) fail(`edges[${i}].id`, `edge id "${edge.id}" appears twice`);
    edgeIds.add(edge.id);
    for (const end of ["source", "target"] as const) {
      if (!nodeIds.has(edge[end]))
        fail(`edges[${i}].${end}`, `edge "${edge.id}" points at "${edge[end]}", which is not among the nodes`);
    }
  });
  return parsed.data;
}

function fail(field: string, message: string): never {
  throw new InvalidInputError(`graph to export: ${field}: ${message}`, { parameter: "graph", field });
}
