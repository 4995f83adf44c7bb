// An independent reading of edge directions, straight from the XML with @xmldom/xmldom and the formats'
// rules (GEXF: edge `type`, else `defaultedgetype`; GraphML: edge `directed`, else `edgedefault`), so the
// importers' directions are checked against the file rather than against graphology, which they use.
import { readFileSync } from "node:fs";
import { DOMParser } from "@xmldom/xmldom";

export interface EdgeDirections {
  directed: number;
  undirected: number;
}

/** Counts the file's edges by direction; self-loops are left out, as no relation points at its own start. */
export function edgeDirectionsIn(file: string, format: "gexf" | "graphml"): EdgeDirections {
  const document = new DOMParser().parseFromString(readFileSync(file, "utf8"), "application/xml");
  const graph = document.getElementsByTagNameNS("*", "graph")[0];
  const fallback = graph?.getAttribute(format === "gexf" ? "defaultedgetype" : "edgedefault") || "undirected";
  const counts: EdgeDirections = { directed: 0, undirected: 0 };
  for (const edge of Array.from(document.getElementsByTagNameNS("*", "edge"))) {
    if (edge.getAttribute("source") === edge.getAttribute("target")) continue;
    const own = edge.getAttribute(format === "gexf" ? "type" : "directed");
    const undirected =
      format === "gexf"
        ? (own || fallback) === "undirected" || (own || fallback) === "mutual"
        : own === "false" || (own !== "true" && fallback === "undirected");
    counts[undirected ? "undirected" : "directed"]++;
  }
  return counts;
}
