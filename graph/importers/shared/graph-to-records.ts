// Turns a graphology graph read from a file into entities and relations: nodes become entities (kind and
// name from the mapped attributes), edges become relations citing the file, in the graph's edge order.
// Attributes the model has a field for go there; every other one is kept as a typed file attribute.
import type { AbstractGraph, Attributes } from "graphology-types";
import { RELATION_TYPES, type RelationType } from "../../model/vocabulary.js";
import { evidenceSummaryOf } from "./evidence-summary.js";
import type { GraphBuilder } from "./graph-builder.js";
import type { GraphMapping } from "./graph-mapping.js";
import { edgeAttributesOf, keptNodeProperties, noteOf } from "./kept-attributes.js";
import { IMPORTED_KINDS, type ImportedKind } from "./property-types.js";
import { entityIdOf, relationIdOf, slugOf } from "./stable-ids.js";
import { EntityId } from "../../model/entity.js";
import { ID_PREFIX_BY_KIND } from "../../model/vocabulary.js";
import { noDeclaredTypes, type DeclaredTypes } from "./typed-attributes.js";
import type { ElementTime } from "./element-time.js";
import { withNodeTime, withSpells } from "./time-properties.js";

/** What a format says beyond plain attributes: labels drawn by the editor, groups (see yed-graphics.ts). */
export interface FileMarkup {
  nodeLabels: ReadonlyMap<string, string>;
  edgeLabels: ReadonlyMap<string, string>;
  /** Node key → the key of the group node it sits in. */
  groupOf: ReadonlyMap<string, string>;
  /** What the format reader took out and nothing keeps, counted by what it is. */
  dropped: ReadonlyMap<string, number>;
}

/** When the file says its nodes and edges exist (GEXF dynamics), and what reading it lost. */
export interface FileTimes {
  nodes: ReadonlyMap<string, ElementTime>;
  /** By edge, in the file's order. */
  edges: readonly (ElementTime | undefined)[];
  dropped: ReadonlyMap<string, number>;
}

export interface GraphFileContext {
  builder: GraphBuilder;
  mapping: GraphMapping;
  sourceId: string;
  fileName: string;
  markup?: FileMarkup;
  /** The attribute types the file declares (GEXF, GraphML); graphology JSON declares none. */
  declaredTypes?: DeclaredTypes;
  times?: FileTimes;
}

/** The graph's own attributes that are read (GEXF's date) or name nothing (GraphML's graph id); the rest are counted. */
const GRAPH_ATTRIBUTES_READ = new Set(["lastModifiedDate", "id"]);

interface NodeRecord {
  key: string;
  name: string;
  /** False when the file gives the node no name and its key stands in. */
  named: boolean;
  kind: ImportedKind;
  index: number;
  attributes: Attributes;
}

/**
 * A node's id is scoped to its file's source (`org:myriel.lesmiserables-1a2b3c4d5e6f` for a named node),
 * so two unrelated files that both say `n0`, or both name a "Myriel", never meet: merging is for
 * duplicates and merge, with their audit trail. Where two nodes of a file would get the same id, both ids
 * add the node's key. With `ids: global` the node's key is its identity in every file, and a key that is
 * already one of our ids (an export of ours) stays as it is.
 */
export function addGraphRecords(graph: AbstractGraph, context: GraphFileContext): void {
  const { builder, mapping, sourceId, fileName, markup, times } = context;
  const declared = context.declaredTypes ?? noDeclaredTypes();
  const nodes: NodeRecord[] = [];
  let index = 0;
  graph.forEachNode((key, attributes) => {
    const label = `node "${key}"`;
    const kind = kindOf(attributes, mapping, (field, message) => builder.problem({ record: label, field, message }));
    const name = nameOf(attributes, mapping) ?? markup?.nodeLabels.get(key);
    nodes.push({ key, name: name ?? key, named: name !== undefined, kind, index: index++, attributes });
  });
  for (const name of Object.keys(graph.getAttributes())) {
    if (!GRAPH_ATTRIBUTES_READ.has(name)) builder.skip(`graph attribute "${name}" (not kept)`);
  }
  for (const dropped of [markup?.dropped, times?.dropped]) {
    dropped?.forEach((count, reason) => {
      for (let i = 0; i < count; i++) builder.skip(reason);
    });
  }

  const scope = sourceId.slice(4);
  const baseIdOf = (node: NodeRecord): string => {
    if (mapping.ids === "global") return globalIdOf(node.kind, node.key);
    return node.named ? `${entityIdOf(node.kind, node.name)}.${scope}` : entityIdOf(node.kind, `${scope} ${node.key}`);
  };
  const uses = new Map<string, number>();
  for (const node of nodes) {
    const id = baseIdOf(node);
    uses.set(id, (uses.get(id) ?? 0) + 1);
  }
  const idOfKey = new Map<string, { id: string; name: string }>();
  nodes.forEach((node) => {
    const base = baseIdOf(node);
    const id = uses.get(base) === 1 ? base : `${base}.${slugOf(node.key)}`;
    idOfKey.set(node.key, { id, name: node.name });
    const used = new Set([mapping.nameAttribute, mapping.kindAttribute]);
    const skip = (reason: string) => builder.skip(reason);
    const kept = keptNodeProperties(node.kind, node.attributes, used, declared.node, skip);
    const properties = withNodeTime(node.kind, kept, times?.nodes.get(node.key), builder);
    builder.addEntity(
      { id, kind: node.kind, name: node.name, aliases: [], properties },
      { file: builder.file, index: node.index, label: `node "${node.key}"` },
    );
  });
  addGroupRelations(context, idOfKey);

  const pairs = new Map<string, number>();
  let number = 0;
  graph.forEachEdge((key, attributes, source, target) => {
    number++;
    const label = `edge ${number}${/^geid_/.test(key) ? "" : ` ("${key}")`}`;
    const edgeLabel = markup?.edgeLabels.get(key) ?? textOf(attributes.label);
    const labelType = mapping.typeAttribute ? undefined : typeSpelledBy(edgeLabel, mapping);
    const type =
      labelType ?? typeOf(attributes, mapping, (field, message) => builder.problem({ record: label, field, message }));
    const used = new Set(["label", mapping.typeAttribute]);
    const skip = (reason: string) => builder.skip(reason);
    const note = noteOf(labelType ? undefined : edgeLabel, attributes, used, skip);
    const time = times?.edges[number - 1];
    const fileAttributes = withSpells(edgeAttributesOf(attributes, used, declared.edge, skip), time);
    const from = idOfKey.get(source);
    const to = idOfKey.get(target);
    if (!from || !to || !type) return;
    if (time) builder.note(time.readAs);
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
        ...(time?.period ? { date: time.period } : {}),
        ...(note ? { note } : {}),
        ...(fileAttributes ? { attributes: fileAttributes } : {}),
        // GEXF defaultedgetype / edge type, GraphML edgedefault / edge directed, graphology `undirected`.
        ...(graph.isUndirected(key) ? { directed: false as const } : {}),
        evidence: [
          {
            source: sourceId,
            paragraph: number,
            summary: evidenceSummaryOf({
              record: `edge ${number} of ${fileName}`,
              fromName: from.name,
              type,
              toName: to.name,
              ...(time?.period ? { date: time.period } : {}),
            }),
          },
        ],
      },
      { file: builder.file, index: number - 1, label },
    );
  });
}

/** A key that already is one of our ids of this kind stays; any other key is folded into one. */
function globalIdOf(kind: ImportedKind, key: string): string {
  const ours = EntityId.safeParse(key).success && key.startsWith(`${ID_PREFIX_BY_KIND[kind]}:`);
  return ours ? key : entityIdOf(kind, key);
}

function nameOf(attributes: Attributes, mapping: GraphMapping): string | undefined {
  const value: unknown = attributes[mapping.nameAttribute];
  const text = typeof value === "string" || typeof value === "number" ? String(value).replace(/\s+/g, " ").trim() : "";
  return text || undefined;
}

/** A node drawn inside a group is tied to the group's entity; the tie says no more than the drawing. */
function addGroupRelations(context: GraphFileContext, idOfKey: ReadonlyMap<string, { id: string; name: string }>) {
  const { builder, mapping, sourceId, fileName, markup } = context;
  let number = 0;
  markup?.groupOf.forEach((groupKey, memberKey) => {
    number++;
    const member = idOfKey.get(memberKey);
    const group = idOfKey.get(groupKey);
    if (!member || !group) return;
    const type = "RELATED_TO";
    builder.addRelation(
      {
        id: relationIdOf(member.id, type, group.id, "group"),
        type,
        from: member.id,
        to: group.id,
        status: mapping.status,
        note: `drawn inside the group ${group.name}`,
        evidence: [
          {
            source: sourceId,
            paragraph: number,
            summary: evidenceSummaryOf({
              record: `the grouping of node "${memberKey}" in ${fileName}`,
              fromName: member.name,
              type,
              toName: group.name,
            }),
          },
        ],
      },
      { file: builder.file, index: number - 1, label: `group of node "${memberKey}"` },
    );
  });
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
  const kind = valueOfFolded(mapping.kinds, text) ?? IMPORTED_KINDS.find((k) => k.toLowerCase() === text.toLowerCase());
  if (kind) return kind;
  problem(mapping.kindAttribute, `"${text}" is not a kind; map it under "kinds" (kinds: ${IMPORTED_KINDS.join(", ")})`);
  return mapping.defaultKind;
}

/** A mapping's entry for a value, the exact spelling first, then in any case ("person" for "Person"). */
function valueOfFolded<T>(entries: Readonly<Record<string, T>>, text: string): T | undefined {
  if (Object.hasOwn(entries, text)) return entries[text];
  const folded = text.toLowerCase();
  const key = Object.keys(entries).find((k) => k.toLowerCase() === folded);
  return key === undefined ? undefined : entries[key];
}

function textOf(value: unknown): string | undefined {
  const text = typeof value === "string" || typeof value === "number" ? String(value).trim() : "";
  return text || undefined;
}

/** A label that names a relation type ("partners with", "WON") or is mapped to one under `types`. */
function typeSpelledBy(label: string | undefined, mapping: GraphMapping): RelationType | undefined {
  if (label === undefined) return undefined;
  const spelled = label.toUpperCase().replace(/[\s-]+/g, "_");
  return valueOfFolded(mapping.types, label) ?? RELATION_TYPES.find((t) => t === spelled);
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
  const type = typeSpelledBy(text, mapping);
  if (type) return type;
  problem(mapping.typeAttribute, `"${text}" is not a relation type; map it under "types"`);
  return undefined;
}
