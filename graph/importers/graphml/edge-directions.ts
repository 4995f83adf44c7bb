// graphology-graphml honours an edge's own `directed` only when it says "true": an edge marked
// directed="false" in a graph whose edgedefault is "directed" would be read as directed. Such a file is
// restated before graphology reads it, undirected by default with every other edge marked directed.
import type { Document } from "@xmldom/xmldom";
import { elementsOf } from "../shared/xml-document.js";

export function restateEdgeDirections(document: Document): Document {
  const graph = elementsOf(document, "graph")[0];
  if (graph?.getAttribute("edgedefault") !== "directed") return document;
  const edges = elementsOf(document, "edge");
  if (!edges.some((edge) => edge.getAttribute("directed") === "false")) return document;
  graph.setAttribute("edgedefault", "undirected");
  for (const edge of edges) if (edge.getAttribute("directed") !== "false") edge.setAttribute("directed", "true");
  return document;
}
