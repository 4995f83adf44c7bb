// Turns a graphology graph read from a file into entities and relations: nodes become entities (kind and
// name from the mapped attributes), edges become relations citing the file, in the graph's edge order.
import type { AbstractGraph, Attributes } from "graphology-types";
import { RELATION_TYPES, type RelationType } from "../../model/vocabulary.js";
import { evidenceSummaryOf } from "./evidence-summary.js";
import type { GraphBuilder } from "./graph-builder.js";
import type { GraphMapping } from "./graph-mapping.js";
import { IMPORTED_KINDS, type ImportedKind } from "./property-types.js";
import { entityIdOf, relationIdOf } from "./stable-ids.js";

export interface GraphFileContext {
  builder: GraphBuilder;
  mapping: GraphMapping;
  sourceId: string;
  fileName: string;
}

/**
 * Entity ids come from names (`org:myriel`) so that files naming the same organization meet in one node.
 * Where two nodes of a file would get the same id, both ids add the node's key.
 */
export function addGraphRecords(graph: AbstractGraph, context: GraphFileContext): void {
  const { builder, mapping, sourceId, fileName } = context;
  const nodes: { key: string; name: string; kind: ImportedKind; index: number }[] = [];
  let index = 0;
  graph.forEachNode((key, attributes) => {
    const label = `node "${key}"`;
    const kind = kindOf(attributes, mapping, (field, message) => builder.problem({ record: label, field, message }));
    nodes.push({ key, name: nameOf(key, attributes, mapping), kind, index: index++ });
  });

  const uses = new Map<string, number>();
  for (const node of nodes) {
    const id = entityIdOf(node.kind, node.name);
    uses.set(id, (uses.get(id) ?? 0) + 1);
  }
  const idOfKey = new Map<string, { id: string; name: string }>();
  nodes.forEach((node) => {
    const base = entityIdOf(node.kind, node.name);
    const id = uses.get(base) === 1 ? base : entityIdOf(node.kind, `${node.name} ${node.key}`);
    idOfKey.set(node.key, { id, name: node.name });
    builder.addEntity(
      { id, kind: node.kind, name: node.name, aliases: [], properties: {} },
      { file: builder.file, index: node.index, label: `node "${node.key}"` },
    );
  });

  const pairs = new Map<string, number>();
  let number = 0;
  graph.forEachEdge((key, attributes, source, target) => {
    number++;
    const label = `edge ${number}${/^geid_/.test(key) ? "" : ` ("${key}")`}`;
    const type = typeOf(attributes, mapping, (field, message) => builder.problem({ record: label, field, message }));
    const from = idOfKey.get(source);
    const to = idOfKey.get(target);
    if (!from || !to || !type) return;
    const base = relationIdOf(from.id, type, to.id);
    const seen = (pairs.get(base) ?? 0) + 1;
    pairs.set(base, seen);
    builder.addRelation(
      {
        id: seen === 1 ? base : relationIdOf(from.id, type, to.id, String(seen)),
        type,
        from: from.id,
        to: to.id,
        status: mapping.status,
        evidence: [
          {
            source: sourceId,
            paragraph: number,
            summary: evidenceSummaryOf({
              record: `edge ${number} of ${fileName}`,
              fromName: from.name,
              type,
              toName: to.name,
            }),
          },
        ],
      },
      { file: builder.file, index: number - 1, label },
    );
  });
}

function nameOf(key: string, attributes: Attributes, mapping: GraphMapping): string {
  const value: unknown = attributes[mapping.nameAttribute];
  const text = typeof value === "string" || typeof value === "number" ? String(value).replace(/\s+/g, " ").trim() : "";
  return text || key;
}

function kindOf(
  attributes: Attributes,
  mapping: GraphMapping,
  problem: (field: string, message: string) => void,
): ImportedKind {
  if (!mapping.kindAttribute) return mapping.defaultKind;
  const value: unknown = attributes[mapping.kindAttribute];
  if (value === undefined || value === null || String(value).trim() === "") return mapping.defaultKind;
  const text = String(value).trim();
  const kind = mapping.kinds[text] ?? IMPORTED_KINDS.find((k) => k.toLowerCase() === text.toLowerCase());
  if (kind) return kind;
  problem(mapping.kindAttribute, `"${text}" is not a kind; map it under "kinds" (kinds: ${IMPORTED_KINDS.join(", ")})`);
  return mapping.defaultKind;
}

function typeOf(
  attributes: Attributes,
  mapping: GraphMapping,
  problem: (field: string, message: string) => void,
): RelationType | undefined {
  if (!mapping.typeAttribute) return mapping.defaultType;
  const value: unknown = attributes[mapping.typeAttribute];
  if (value === undefined || value === null || String(value).trim() === "") return mapping.defaultType;
  const text = String(value).trim();
  const spelled = text.toUpperCase().replace(/[\s-]+/g, "_");
  const type = mapping.types[text] ?? RELATION_TYPES.find((t) => t === spelled);
  if (type) return type;
  problem(mapping.typeAttribute, `"${text}" is not a relation type; map it under "types"`);
  return undefined;
}
