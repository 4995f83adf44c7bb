// GEXF files (Gephi's format, versions 1.1 to 1.3) through graphology-gexf, given @xmldom/xmldom's DOM.
// Before graphology reads the file, undeclared attributes and edges to missing nodes are named exactly.
import { DOMParser, type Document, type Element } from "@xmldom/xmldom";
import createGexfParser from "graphology-gexf/common/parser.js";
import type { GraphBuilder } from "../shared/graph-builder.js";
import type { ReadGraph } from "../shared/read-graph.js";
import { readXmlGraph } from "../shared/read-xml-graph.js";
import { elementsOf, lineOf } from "../shared/xml-document.js";
import { gexfDeclaredTypes } from "./gexf-declared-types.js";
import { gexfTimes } from "./gexf-times.js";
import { mergeAttributeModels } from "./merge-attribute-models.js";

const DocumentClass = new DOMParser().parseFromString("<t/>", "application/xml").constructor;
const parseGexf = createGexfParser(DOMParser, DocumentClass);

export function readGexfGraph(path: string, mappingPath: string | undefined): Promise<ReadGraph> {
  return readXmlGraph(path, mappingPath, {
    check: checkGexf,
    readTimes: gexfTimes,
    parse: (Graph, document) => {
      mergeAttributeModels(document);
      return parseGexf(Graph, document);
    },
    declaredTypes: gexfDeclaredTypes,
    dateOf: (graph) => {
      const date: unknown = graph.getAttribute("lastModifiedDate");
      return typeof date === "string" ? date : undefined;
    },
  });
}

export function checkGexf(document: Document, builder: GraphBuilder): void {
  const graphs = elementsOf(document, "graph");
  if (graphs.length === 0) {
    builder.problem({ record: "file", field: "graph", message: "no <graph> element; is this a GEXF file?" });
    return;
  }
  const declared = { node: new Set<string>(), edge: new Set<string>() };
  for (const model of elementsOf(document, "attributes")) {
    const forClass = model.getAttribute("class");
    if (forClass !== "node" && forClass !== "edge") continue;
    for (const attribute of elementsOf(model, "attribute")) declared[forClass].add(attribute.getAttribute("id") ?? "");
  }

  const nodeIds = new Set<string>();
  for (const node of elementsOf(document, "node")) {
    const id = node.getAttribute("id");
    const record = `node "${id ?? "?"}"`;
    const line = lineOf(node);
    if (!id) builder.problem({ record, line, field: "id", message: "a node needs an id" });
    else if (nodeIds.has(id)) builder.problem({ record, line, field: "id", message: "a node of this id came earlier" });
    else nodeIds.add(id);
    checkAttvalues(node, declared.node, "node", record, builder);
  }
  elementsOf(document, "edge").forEach((edge, i) => {
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
    checkAttvalues(edge, declared.edge, "edge", record, builder);
  });
}

function checkAttvalues(
  element: Element,
  declared: Set<string>,
  forClass: string,
  record: string,
  builder: GraphBuilder,
): void {
  for (const attvalue of elementsOf(element, "attvalue")) {
    const key = attvalue.getAttribute("for") ?? attvalue.getAttribute("id") ?? "";
    if (declared.has(key)) continue;
    builder.problem({
      record,
      line: lineOf(attvalue),
      field: `attvalues.${key}`,
      message: `attribute "${key}" is not declared in <attributes class="${forClass}">`,
    });
  }
}
