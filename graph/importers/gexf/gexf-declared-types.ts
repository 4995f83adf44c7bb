// The type a GEXF file declares for each attribute (`<attributes class="node"><attribute type="double">`),
// named as graphology-gexf names it (the title when the id is a number), with the typed ones GEXF itself
// defines on every node and edge (`weight`, the viz size, position and thickness).
import type { Document } from "@xmldom/xmldom";
import type { DeclaredTypes } from "../shared/typed-attributes.js";
import { elementsOf } from "../shared/xml-document.js";

const BUILT_IN: readonly [string, string][] = [
  ["weight", "double"],
  ["size", "double"],
  ["thickness", "double"],
  ["x", "double"],
  ["y", "double"],
  ["z", "double"],
];

export function gexfDeclaredTypes(document: Document): DeclaredTypes {
  const node = new Map(BUILT_IN);
  const edge = new Map(BUILT_IN);
  for (const model of elementsOf(document, "attributes")) {
    const forClass = model.getAttribute("class");
    const declared = forClass === "node" ? node : forClass === "edge" ? edge : undefined;
    if (!declared) continue;
    for (const attribute of elementsOf(model, "attribute")) {
      const id = attribute.getAttribute("id") ?? "";
      const name = Number.isNaN(Number(id)) ? id : attribute.getAttribute("title") || id;
      declared.set(name, attribute.getAttribute("type") || "string");
    }
  }
  return { node, edge };
}
