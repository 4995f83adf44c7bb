// Graphs the export tests write out and read back: the curated seed graph, a small graph of awkward
// text (quotes, ampersands, angle brackets, unicode, line breaks) and a generated 5,000-node graph.
import { fileURLToPath } from "node:url";
import type { AbstractGraph } from "graphology-types";
import { sortGraph, type Graph, type GraphEdge, type GraphNode } from "../model/graph.js";
import { ENTITY_KINDS, RELATION_TYPES, stanceOf, type RelationType } from "../model/vocabulary.js";
import { loadSeedFolder } from "../seed/index.js";
import type { ExportLayout } from "./layout.js";

export const SEEDS_DIR = fileURLToPath(new URL("../../seeds/", import.meta.url));

export async function seedGraph(): Promise<Graph> {
  const seed = await loadSeedFolder(SEEDS_DIR);
  return {
    nodes: seed.entities.map((e) => ({
      id: e.id,
      name: e.name,
      kind: e.kind,
      aliases: e.aliases,
      properties: e.properties ?? {},
    })),
    edges: seed.relations.map((r) => ({
      id: r.id,
      source: r.from,
      target: r.to,
      type: r.type,
      stance: r.stance,
      status: r.status,
      date: r.date ?? null,
      amount: r.amount ?? null,
      note: r.note ?? null,
      evidence: r.evidence,
    })),
  };
}

export const AWKWARD_NAMES = {
  quotes: `The "Joint" Cloud's 'Capability'`,
  markup: `AT&T <Government> Solutions ]]> & co`,
  unicode: "Müller-Lüdenscheidt ÄÖÜß – 日本語 — مرحبا 🚀",
  lines: "First line\nsecond line\r\nthird\tafter a tab",
  spaces: "  padded, with comma; and semicolon  ",
} as const;

export function awkwardGraph(): Graph {
  const node = (
    id: string,
    kind: GraphNode["kind"],
    name: string,
    aliases: string[] = [],
    properties = {},
  ): GraphNode => ({
    id,
    kind,
    name,
    aliases,
    properties,
  });
  const evidence = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      source: "src:awkward",
      paragraph: i + 1,
      ...(i % 2 === 0 ? { sentence: 2 } : {}),
      summary: `Summary ${i + 1} with "quotes", <tags> & a\nline break`,
    }));
  return {
    nodes: [
      node("org:quotes", "Organization", AWKWARD_NAMES.quotes, [`"Quoted" alias`, "back\\slash", "comma, inside"], {
        description: `Says "hello" & <goodbye>`,
        employees: 12,
      }),
      node("org:markup", "Organization", AWKWARD_NAMES.markup, ["A&B", "<C>"]),
      node("person:unicode", "Person", AWKWARD_NAMES.unicode, ["Jürgen", "José 🚀", "line\nbreak alias"], {
        born: "1970-05",
      }),
      node("event:lines", "Event", AWKWARD_NAMES.lines),
      node("place:spaces", "Place", AWKWARD_NAMES.spaces, [], { placeKind: "city" }),
      node("src:awkward", "Source", "A source & its <title>", [], {
        title: "T",
        language: "de",
        file: "x.txt",
        published: "2020",
        publishedInferred: false,
      }),
    ],
    edges: [
      edge("rel:a", "org:quotes", "org:markup", "COMPETES_WITH", {
        date: { start: "2019", end: "2021-03" },
        note: `Note with "quotes" & <angle>\nand a second line`,
        evidence: evidence(3),
      }),
      edge("rel:b", "org:markup", "person:unicode", "PAID", {
        amount: { value: 1234.5, currency: "EUR", qualifier: "about" },
        date: { start: "2020-02-29" },
        status: "alleged",
        evidence: evidence(1),
      }),
      // Two relations of the same type between the same ends: a multigraph must keep both.
      edge("rel:c1", "person:unicode", "event:lines", "ATTENDED", { evidence: evidence(2) }),
      edge("rel:c2", "person:unicode", "event:lines", "ATTENDED", { status: "denied", evidence: evidence(1) }),
      edge("rel:d", "event:lines", "place:spaces", "LOCATED_IN", {
        amount: { value: 10_000_000_000, currency: "USD" },
      }),
    ],
  };
}

function edge(
  id: string,
  source: string,
  target: string,
  type: RelationType,
  extra: Partial<Pick<GraphEdge, "date" | "amount" | "note" | "status" | "evidence">> = {},
): GraphEdge {
  return {
    id,
    source,
    target,
    type,
    stance: stanceOf(type),
    status: extra.status ?? "reported",
    date: extra.date ?? null,
    amount: extra.amount ?? null,
    note: extra.note ?? null,
    evidence: extra.evidence ?? [{ source: "src:awkward", paragraph: 1, summary: "One item." }],
  };
}

export const AWKWARD_LAYOUT: ExportLayout = {
  positions: { "org:quotes": { x: 1.5, y: -2.25 }, "person:unicode": { x: -100, y: 3e-7 } },
  colors: { "org:quotes": "#ff8800", "org:markup": "rgba(10, 20, 30, 0.5)", "rel:a": "#0f0" },
};

/** A graph of `nodes` entities and `edges` relations, each relation with two evidence items. */
export function generatedGraph(nodes: number, edges: number): Graph {
  const kinds = ENTITY_KINDS.filter((k) => k !== "Source");
  const graph: Graph = {
    nodes: [{ id: "src:generated", kind: "Source", name: "Generated", aliases: [], properties: {} }],
    edges: [],
  };
  for (let i = 1; i < nodes; i++) {
    const kind = kinds[i % kinds.length]!;
    const prefix = {
      Person: "person",
      Organization: "org",
      Contract: "contract",
      Product: "product",
      Place: "place",
      Event: "event",
    }[kind as Exclude<typeof kind, "Source">];
    graph.nodes.push({
      id: `${prefix}:n${i}`,
      kind,
      name: `Entity ${i} & "Co" <${i}>`,
      aliases: [`E${i}`],
      properties: { description: `Number ${i}` },
    });
  }
  for (let i = 0; i < edges; i++) {
    const type = RELATION_TYPES[i % RELATION_TYPES.length]!;
    const source = graph.nodes[1 + (i % (nodes - 1))]!.id;
    const target = graph.nodes[1 + ((i * 7 + 3) % (nodes - 1))]!.id;
    graph.edges.push({
      id: `rel:g${i}`,
      source,
      target: target === source ? graph.nodes[0]!.id : target,
      type,
      stance: stanceOf(type),
      status: "reported",
      date: i % 3 === 0 ? { start: "2020-01" } : null,
      amount: i % 5 === 0 ? { value: i, currency: "EUR" } : null,
      note: null,
      evidence: [
        { source: "src:generated", paragraph: 1 + (i % 40), summary: `Generated relation ${i}.` },
        { source: "src:generated", paragraph: 2 + (i % 40), sentence: 1, summary: `Second item for ${i}.` },
      ],
    });
  }
  return graph;
}

export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

/** Reads our flat GEXF/GraphML attributes back into the wire format, to compare with what was written. */
export function graphOfFlatAttributes(graph: AbstractGraph, aliasesOf: (value: unknown) => string[]): Graph {
  const nodes: GraphNode[] = graph.mapNodes((key, a) => ({
    id: key,
    name: a.label as string,
    kind: a.kind as GraphNode["kind"],
    aliases: aliasesOf(a.aliases),
    properties: JSON.parse(a.properties as string) as Record<string, unknown>,
  }));
  const edges: GraphEdge[] = graph.mapEdges((key, a, source, target) => ({
    id: key,
    source,
    target,
    type: a.relType as RelationType,
    stance: a.stance as GraphEdge["stance"],
    status: a.status as GraphEdge["status"],
    date:
      a.dateStart === undefined
        ? null
        : { start: a.dateStart as string, ...(a.dateEnd === undefined ? {} : { end: a.dateEnd as string }) },
    amount:
      a.amountValue === undefined
        ? null
        : {
            value: a.amountValue as number,
            currency: a.amountCurrency as string,
            ...(a.amountQualifier === undefined
              ? {}
              : { qualifier: a.amountQualifier as NonNullable<GraphEdge["amount"]>["qualifier"] }),
          },
    note: (a.note as string | undefined) ?? null,
    evidence: JSON.parse(a.evidence as string) as GraphEdge["evidence"],
  }));
  return sortGraph({ nodes, edges });
}
