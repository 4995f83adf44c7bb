// What a file saved by yEd says in its own markup: node and edge labels inside the graphics data
// (`y:ShapeNode`, `y:GenericNode`, group realizers, `y:EdgeLabel`) and groups as nested graphs. The
// graphics data and the keys GraphML readers do not know (`for="port"`, `for="graphml"`) are taken out of
// the document first, so graphology reads only node, edge and graph data.
import type { Document, Element } from "@xmldom/xmldom";
import { elementsOf } from "../shared/xml-document.js";

const YED_NAMESPACE = "http://www.yworks.com/xml/graphml";
const GRAPHICS_TYPES = new Set(["nodegraphics", "edgegraphics"]);
const DATA_OWNERS = new Set(["node", "edge", "graph"]);

export interface YedMarkup {
  /** Node id → the text of its label, as yEd shows it. */
  nodeLabels: Map<string, string>;
  /** Edge id → the text of its label. */
  edgeLabels: Map<string, string>;
  /** Node id → the id of the group node it sits in. */
  groupOf: Map<string, string>;
  /** What was taken out because nothing in our model keeps it, by what it is. */
  dropped: Map<string, number>;
}

/** Takes yEd's markup out of the document and returns what it said. A plain GraphML file passes unchanged. */
export function takeYedMarkup(document: Document): YedMarkup {
  const markup: YedMarkup = { nodeLabels: new Map(), edgeLabels: new Map(), groupOf: new Map(), dropped: new Map() };
  const graphicsKeys = new Set<string>();
  /** Key id → what its data is, for keys of things no GraphML reader knows (ports, the file itself). */
  const unreadKeys = new Map<string, string>();
  for (const key of elementsOf(document, "key")) {
    const id = key.getAttribute("id") ?? "";
    const owner = key.getAttribute("for") ?? "all";
    if (GRAPHICS_TYPES.has(key.getAttribute("yfiles.type") ?? "")) graphicsKeys.add(id);
    else if (owner === "all") spreadOverOwners(key);
    else if (!DATA_OWNERS.has(owner))
      unreadKeys.set(id, `${owner}-level data "${key.getAttribute("yfiles.type") ?? id}"`);
    else continue;
    if (graphicsKeys.has(id) || unreadKeys.has(id)) key.parentNode?.removeChild(key);
  }

  for (const data of elementsOf(document, "data")) {
    const key = data.getAttribute("key") ?? "";
    const owner = data.parentNode as Element | null;
    if (graphicsKeys.has(key) && owner) readGraphics(owner, data, markup);
    else if (unreadKeys.has(key)) count(markup.dropped, `${unreadKeys.get(key)} (not kept)`);
    else continue;
    data.parentNode?.removeChild(data);
  }
  readGroups(document, markup);
  return markup;
}

/** GraphML's `for="all"` (and a missing `for`) means nodes, edges and graphs alike. */
function spreadOverOwners(key: Element): void {
  key.setAttribute("for", "node");
  for (const owner of ["edge", "graph"]) {
    const copy = key.cloneNode(true) as Element;
    copy.setAttribute("for", owner);
    key.parentNode?.insertBefore(copy, key.nextSibling);
  }
}

function readGraphics(owner: Element, data: Element, markup: YedMarkup): void {
  const id = owner.getAttribute("id");
  if (!id) return;
  if (owner.localName === "node") {
    const label = labelOf(activeRealizer(data), "NodeLabel");
    if (label) markup.nodeLabels.set(id, label);
  } else if (owner.localName === "edge") {
    const label = labelOf(firstYedChild(data), "EdgeLabel");
    if (label) markup.edgeLabels.set(id, label);
  }
}

/** A group's data holds one realizer per state (open, closed); `active` names the one yEd shows. */
function activeRealizer(data: Element): Element | undefined {
  const shape = firstYedChild(data);
  if (shape?.localName !== "ProxyAutoBoundsNode") return shape;
  const realizers = yedChildren(shape).find((child) => child.localName === "Realizers");
  if (!realizers) return undefined;
  const states = yedChildren(realizers);
  return states[Number(realizers.getAttribute("active") ?? 0)] ?? states[0];
}

function labelOf(shape: Element | undefined, labelName: string): string | undefined {
  if (!shape) return undefined;
  for (const label of yedChildren(shape)) {
    if (label.localName !== labelName) continue;
    const text = ownText(label).replace(/\s+/g, " ").trim();
    if (text) return text;
  }
  return undefined;
}

/** The label's text without that of its model elements. */
function ownText(element: Element): string {
  let text = "";
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 || child.nodeType === 4) text += child.nodeValue ?? "";
  }
  return text;
}

function yedChildren(element: Element): Element[] {
  return childElements(element).filter((child) => child.namespaceURI === YED_NAMESPACE);
}

function firstYedChild(element: Element): Element | undefined {
  return yedChildren(element)[0];
}

/**
 * A node with a nested `<graph>` is a group: every node directly inside that graph sits in it. The nested
 * nodes and edges then move up to the top graph, as graphology would otherwise read a group's data from
 * the nodes inside it.
 */
function readGroups(document: Document, markup: YedMarkup): void {
  const top = elementsOf(document, "graph")[0];
  for (const group of elementsOf(document, "node")) {
    const groupId = group.getAttribute("id");
    for (const inner of childElements(group).filter((child) => child.localName === "graph")) {
      for (const member of childElements(inner)) {
        const memberId = member.getAttribute("id");
        if (member.localName === "node" && memberId && groupId) markup.groupOf.set(memberId, groupId);
        if (top && (member.localName === "node" || member.localName === "edge")) top.appendChild(member);
      }
      group.removeChild(inner);
    }
  }
}

function childElements(element: Element): Element[] {
  const children: Element[] = [];
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 1) children.push(child as Element);
  }
  return children;
}

function count(map: Map<string, number>, reason: string): void {
  map.set(reason, (map.get(reason) ?? 0) + 1);
}
