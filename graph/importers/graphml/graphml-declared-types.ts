// The type a GraphML file declares for each attribute (`<key attr.name="weight" attr.type="double">`),
// for nodes and edges (a key `for="all"` serves both).
import type { Document } from "@xmldom/xmldom";
import type { DeclaredTypes } from "../shared/typed-attributes.js";
import { elementsOf } from "../shared/xml-document.js";

export function graphmlDeclaredTypes(document: Document): DeclaredTypes {
  const node = new Map<string, string>();
  const edge = new Map<string, string>();
  for (const key of elementsOf(document, "key")) {
    const name = key.getAttribute("attr.name");
    if (!name) continue;
    const type = key.getAttribute("attr.type") || "string";
    const forKind = key.getAttribute("for") || "node";
    if (forKind === "node" || forKind === "all") node.set(name, type);
    if (forKind === "edge" || forKind === "all") edge.set(name, type);
  }
  return { node, edge };
}
