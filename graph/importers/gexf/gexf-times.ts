// The times of a dynamic GEXF file, read from the XML since graphology-gexf drops them: each node's and
// edge's `start`/`end` (1.2's `startopen`/`endopen`), `timestamp`, `timestamps`, `intervals` and
// `<spells>`, on the scale the graph's `timeformat` names; attribute values that change over time are counted.
import type { Document, Element } from "@xmldom/xmldom";
import type { ElementTime, TimeScale, TimeSpell } from "../shared/element-time.js";
import { elementTimeOf } from "../shared/element-time.js";
import type { FileTimes } from "../shared/graph-to-records.js";
import type { GraphMapping } from "../shared/graph-mapping.js";
import { elementsOf } from "../shared/xml-document.js";

export function gexfTimes(document: Document, mapping: GraphMapping): FileTimes {
  const graph = elementsOf(document, "graph")[0];
  const scale = scaleOf(graph?.getAttribute("timeformat") ?? "", document, mapping);
  const nodes = new Map<string, ElementTime>();
  const edges: (ElementTime | undefined)[] = [];
  const dropped = new Map<string, number>();
  const titles = { node: attributeTitles(document, "node"), edge: attributeTitles(document, "edge") };
  for (const node of elementsOf(document, "node")) {
    const spells = spellsOf(node);
    if (spells.length > 0) nodes.set(node.getAttribute("id") ?? "", elementTimeOf("node", spells, scale));
    countValuesOverTime(node, "node", titles.node, dropped);
  }
  for (const edge of elementsOf(document, "edge")) {
    const spells = spellsOf(edge);
    edges.push(spells.length > 0 ? elementTimeOf("edge", spells, scale) : undefined);
    countValuesOverTime(edge, "edge", titles.edge, dropped);
  }
  return { nodes, edges, dropped };
}

/** GEXF's default time format is `double`; a file that leaves it out but writes dates is read as dates. */
function scaleOf(timeformat: string, document: Document, mapping: GraphMapping): TimeScale {
  const format = timeformat.toLowerCase();
  if (format === "date" || format === "datetime") return "date";
  if (format === "" && writesDates(document)) return "date";
  return mapping.numericTime === "year" ? "year" : "numeric";
}

function writesDates(document: Document): boolean {
  const first = [...elementsOf(document, "node"), ...elementsOf(document, "spell")]
    .map((element) => element.getAttribute("start") || element.getAttribute("end") || element.getAttribute("timestamp"))
    .find(Boolean);
  return first !== undefined && first !== null && /^\d{4}-\d{2}/.test(first);
}

function spellsOf(element: Element): TimeSpell[] {
  const spells: TimeSpell[] = [];
  const own = spellOf(element);
  if (own) spells.push(own);
  const timestamps = element.getAttribute("timestamps");
  if (timestamps) for (const time of tokensOf(timestamps)) spells.push({ start: time, end: time });
  const intervals = element.getAttribute("intervals");
  if (intervals) {
    for (const interval of intervals.split(";")) {
      const [start, end] = tokensOf(interval);
      if (start !== undefined || end !== undefined) spells.push({ start, end });
    }
  }
  for (const child of childElements(element, "spells")) {
    for (const spell of childElements(child, "spell")) {
      const read = spellOf(spell);
      if (read) spells.push(read);
    }
  }
  return spells;
}

function spellOf(element: Element): TimeSpell | undefined {
  const timestamp = element.getAttribute("timestamp");
  if (timestamp) return { start: timestamp, end: timestamp };
  const start = element.getAttribute("start") || element.getAttribute("startopen") || undefined;
  const end = element.getAttribute("end") || element.getAttribute("endopen") || undefined;
  return start || end ? { start, end } : undefined;
}

/** `<[2009-03-01, 2009-03-05]>` or `[1, 2]` → the times between the brackets. */
function tokensOf(text: string): string[] {
  return text
    .replace(/[<>[\]()]/g, "")
    .split(/[,;]/)
    .map((token) => token.trim())
    .filter(Boolean);
}

function childElements(element: Element, localName: string): Element[] {
  return Array.from(element.childNodes).filter(
    (child): child is Element => child.nodeType === 1 && (child as Element).localName === localName,
  );
}

/** Attribute id → the name graphology-gexf gives it (the title when the id is a number). */
function attributeTitles(document: Document, owner: "node" | "edge"): Map<string, string> {
  const titles = new Map<string, string>();
  for (const model of elementsOf(document, "attributes")) {
    if (model.getAttribute("class") !== owner) continue;
    for (const attribute of elementsOf(model, "attribute")) {
      const id = attribute.getAttribute("id") ?? "";
      titles.set(id, Number.isNaN(Number(id)) ? id : attribute.getAttribute("title") || id);
    }
  }
  return titles;
}

/** graphology-gexf keeps the last value an attribute takes over time; the earlier ones are counted as lost. */
function countValuesOverTime(
  element: Element,
  owner: "node" | "edge",
  titles: ReadonlyMap<string, string>,
  dropped: Map<string, number>,
): void {
  const values = new Map<string, number>();
  for (const container of childElements(element, "attvalues")) {
    for (const attvalue of childElements(container, "attvalue")) {
      const key = attvalue.getAttribute("for") ?? attvalue.getAttribute("id") ?? "";
      values.set(key, (values.get(key) ?? 0) + 1);
    }
  }
  for (const [key, count] of values) {
    if (count < 2) continue;
    const reason = `${owner} attribute "${titles.get(key) ?? key}" changing over time (earlier values not kept, only the last)`;
    dropped.set(reason, (dropped.get(reason) ?? 0) + 1);
  }
}
