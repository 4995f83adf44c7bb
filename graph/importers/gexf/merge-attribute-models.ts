// GEXF lets a file declare its node (or edge) attributes in several <attributes> blocks, one static and
// one dynamic, as the GEXF dynamics sample does; graphology-gexf reads only the last block of a class and
// then refuses the attributes the others declare. Moving every declaration into the first block fixes that.
import type { Document, Element } from "@xmldom/xmldom";
import { elementsOf } from "../shared/xml-document.js";

export function mergeAttributeModels(document: Document): void {
  const first = new Map<string, Element>();
  for (const model of elementsOf(document, "attributes")) {
    const forClass = model.getAttribute("class") ?? "";
    const kept = first.get(forClass);
    if (!kept) {
      first.set(forClass, model);
      continue;
    }
    for (const attribute of elementsOf(model, "attribute")) kept.appendChild(attribute);
    model.parentNode?.removeChild(model);
  }
}
