// GraphML files through graphology-graphml, given @xmldom/xmldom's DOM. Before graphology reads the file,
// data under undeclared keys and edges to missing nodes are named exactly (graphology lets both pass),
// and yEd's own markup (labels, groups) is read and taken out (see yed-graphics.ts).
import { DOMParser, type Document } from "@xmldom/xmldom";
import createGraphmlParser from "graphology-graphml/common/parser.js";
import type { GraphBuilder } from "../shared/graph-builder.js";
import type { ReadGraph } from "../shared/read-graph.js";
import { readXmlGraph } from "../shared/read-xml-graph.js";
import { elementsOf, lineOf } from "../shared/xml-document.js";
import { restateEdgeDirections } from "./edge-directions.js";
import { graphmlDeclaredTypes } from "./graphml-declared-types.js";
import { takeYedMarkup } from "./yed-graphics.js";

const DocumentClass = new DOMParser().parseFromString("<t/>", "application/xml").constructor;
const parseGraphml = createGraphmlParser(DOMParser, DocumentClass);

export function readGraphmlGraph(path: string, mappingPath: string | undefined): Promise<ReadGraph> {
  return readXmlGraph(path, mappingPath, {
    check: checkGraphml,
    takeMarkup: takeYedMarkup,
    parse: (Graph, document) => parseGraphml(Graph, restateEdgeDirections(document)),
    declaredTypes: graphmlDeclaredTypes,
  });
}

export function checkGraphml(document: Document, builder: GraphBuilder): void {
  if (elementsOf(document, "graph").length === 0) {
    builder.problem({ record: "file", field: "graph", message: "no <graph> element; is this a GraphML file?" });
    return;
  }
  // One id may be declared once for nodes and once for edges (Gephi's own test files do).
  const keysFor = new Map<string, Set<string>>();
  for (const key of elementsOf(document, "key")) {
    const id = key.getAttribute("id") ?? "";
    keysFor.set(id, (keysFor.get(id) ?? new Set()).add(key.getAttribute("for") ?? "all"));
  }

  const nodeIds = new Set<string>();
  for (const node of elementsOf(document, "node")) {
    const id = node.getAttribute("id");
    const record = `node "${id ?? "?"}"`;
    if (!id) builder.problem({ record, line: lineOf(node), field: "id", message: "a node needs an id" });
    else if (nodeIds.has(id))
      builder.problem({ record, line: lineOf(node), field: "id", message: "a node of this id came earlier" });
    else nodeIds.add(id);
  }
  const edges = elementsOf(document, "edge");
  edges.forEach((edge, i) => {
    const id = edge.getAttribute("id");
    const record = `edge ${i + 1}${id ? ` ("${id}")` : ""}`;
    for (const end of ["source", "target"] as const) {
      const key = edge.getAttribute(end);
      if (!key || !nodeIds.has(key)) {
        builder.problem({
          record,
          line: lineOf(edge),
          field: end,
          message: key ? `no node "${key}" in the file` : "missing",
        });
      }
    }
  });

  for (const data of elementsOf(document, "data")) {
    const owner = data.parentNode as { localName?: string; getAttribute?: (name: string) => string | null } | null;
    const ownerKind = owner?.localName ?? "";
    if (ownerKind !== "node" && ownerKind !== "edge") continue;
    const key = data.getAttribute("key") ?? "";
    const forKinds = keysFor.get(key);
    if (forKinds === undefined || (!forKinds.has("all") && !forKinds.has(ownerKind))) {
      const ownerId = owner?.getAttribute?.("id");
      const record =
        ownerKind === "node"
          ? `node "${ownerId ?? "?"}"`
          : `edge ${edges.indexOf(owner as never) + 1}${ownerId ? ` ("${ownerId}")` : ""}`;
      builder.problem({
        record,
        line: lineOf(data),
        field: `data.${key}`,
        message:
          forKinds === undefined
            ? `no <key id="${key}"> declares this data`
            : `key "${key}" is declared for ${[...forKinds].join(" and ")}s, not ${ownerKind}s`,
      });
    }
  }
}
