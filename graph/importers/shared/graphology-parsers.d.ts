// Types for the DOM-agnostic parser factories of graphology-gexf and graphology-graphml, which ship
// without declarations: we hand them @xmldom/xmldom's DOMParser and Document.
declare module "graphology-gexf/common/parser.js" {
  import type { AbstractGraph, GraphConstructor } from "graphology-types";
  type Parse = (
    Graph: GraphConstructor,
    source: string | object,
    options?: { addMissingNodes?: boolean; allowUndeclaredAttributes?: boolean },
  ) => AbstractGraph;
  export default function createParserFunction(DOMParser: unknown, Document: unknown): Parse;
}

declare module "graphology-graphml/common/parser.js" {
  import type { AbstractGraph, GraphConstructor } from "graphology-types";
  type Parse = (
    Graph: GraphConstructor,
    source: string | object,
    options?: { addMissingNodes?: boolean },
  ) => AbstractGraph;
  export default function createParserFunction(DOMParser: unknown, Document: unknown): Parse;
}
