// Real files against an independent reading of them (@xmldom straight from the XML, not graphology): what
// the store holds after the import has the file's counts, its attributes with their declared types and its
// edge directions; and two unrelated files that both call a labelled node n0 stay two entities.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { fixtureDir } from "../../test/fixtures/fixture-dir.js";
import { useTempKuzuStore } from "../kuzu/temp-kuzu-store.test-support.js";
import type { FileAttributes } from "../model/file-attributes.js";
import { createGraphQueries, MAX_OVERVIEW_ENTITIES } from "../queries/index.js";
import type { GraphStore } from "../store.js";
import { edgeDirectionsIn } from "./shared/edge-direction-oracle.test-support.js";
import { importFile } from "./import-file.js";

const EUROSIS = path.join(fixtureDir("gexf"), "WebAtlas_EuroSiS.gexf");
const YED = fixtureDir("yed");

interface XmlNode {
  id: string;
  label: string;
  /** Attribute title → its value as written, and the type its declaration gives. */
  values: Map<string, { value: string; type: string }>;
}

/** The nodes of a GEXF file as the XML states them: attvalues resolved through their declarations. */
function gexfNodesIn(file: string): XmlNode[] {
  const document = new DOMParser().parseFromString(readFileSync(file, "utf8"), "application/xml");
  const declared = new Map<string, { title: string; type: string }>();
  for (const attribute of Array.from(document.getElementsByTagNameNS("*", "attribute"))) {
    declared.set(attribute.getAttribute("id") ?? "", {
      title: attribute.getAttribute("title") ?? "",
      type: attribute.getAttribute("type") ?? "string",
    });
  }
  return Array.from(document.getElementsByTagNameNS("*", "node")).map((node) => {
    const values = new Map<string, { value: string; type: string }>();
    for (const attvalue of Array.from(node.getElementsByTagNameNS("*", "attvalue"))) {
      const declaration = declared.get(attvalue.getAttribute("for") ?? "");
      if (declaration)
        values.set(declaration.title, { value: attvalue.getAttribute("value") ?? "", type: declaration.type });
    }
    // Names are kept with their spacing tidied, as every entity name is.
    const label = (node.getAttribute("label") ?? "").replace(/\s+/g, " ").trim();
    return { id: node.getAttribute("id") ?? "", label, values };
  });
}

async function contentOf(store: GraphStore) {
  return createGraphQueries(store).overview({ limit: MAX_OVERVIEW_ENTITIES });
}

describe("an undirected GEXF with attributes (the EuroSiS web atlas)", () => {
  const storeOf = useTempKuzuStore("faithful-gexf-");

  it("is in the store with the file's nodes, undirected edges and every attribute typed as declared", async () => {
    const summary = await importFile(storeOf(), EUROSIS);
    const xmlNodes = gexfNodesIn(EUROSIS);
    const directions = edgeDirectionsIn(EUROSIS, "gexf");
    const { nodes, edges } = await contentOf(storeOf());
    const entities = nodes.filter((node) => node.kind !== "Source");

    expect(entities).toHaveLength(xmlNodes.length);
    expect(edges).toHaveLength(directions.directed + directions.undirected);
    expect(edges.filter((edge) => edge.directed === false)).toHaveLength(directions.undirected);
    expect(directions.undirected).toBeGreaterThan(7000);

    // A name two sites share cannot say which entity is which; every other node is checked.
    const labelUses = new Map<string, number>();
    for (const { label } of xmlNodes) labelUses.set(label, (labelUses.get(label) ?? 0) + 1);
    const unique = xmlNodes.filter((xmlNode) => labelUses.get(xmlNode.label) === 1);
    const byName = new Map(entities.map((entity) => [entity.name, entity]));
    let checked = 0;
    for (const xmlNode of unique) {
      const entity = byName.get(xmlNode.label);
      if (!entity) throw new Error(`no entity named "${xmlNode.label}"`);
      const attributes = entity.properties.attributes as FileAttributes;
      for (const [title, { value, type }] of xmlNode.values) {
        if (title === "label") continue; // the name, not an attribute
        expect(type).toBe("string");
        expect(attributes[title]).toEqual({ type: "string", value });
      }
      checked++;
    }
    expect(checked).toBe(unique.length);
    expect(unique.length).toBeGreaterThan(1100);
    expect(summary.skipped).toEqual({});
  }, 120_000);
});

describe("two unrelated files that both call a labelled node n0 (one saved by yEd, one from Gephi's tests)", () => {
  const storeOf = useTempKuzuStore("faithful-n0-");
  const first = path.join(YED, "yed_created_edges_deeper.graphml");
  const second = path.join(fixtureDir("graphml"), "gephi_cdata.graphml");

  it("stay apart: the store holds every node of both, and each n0 keeps its own label", async () => {
    const one = await importFile(storeOf(), first);
    const other = await importFile(storeOf(), second);
    const { nodes } = await contentOf(storeOf());
    const entities = nodes.filter((node) => node.kind !== "Source");
    const count = (file: string) => (readFileSync(file, "utf8").match(/<node /g) ?? []).length;
    expect(entities).toHaveLength(count(first) + count(second));
    expect(one.entities + other.entities).toBe(count(first) + count(second) + 2);
    expect(entities.filter((entity) => entity.name === "foo")).toHaveLength(1);
  }, 120_000);
});

describe("the same two files with a mapping that says their ids are global", () => {
  const storeOf = useTempKuzuStore("faithful-global-");
  const first = path.join(YED, "yed_created_edges_deeper.graphml");
  const second = path.join(fixtureDir("graphml"), "gephi_cdata.graphml");

  it("meet on their node ids: n0 of both is one entity", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "global-ids-"));
    const mapping = path.join(dir, "global.mapping.yaml");
    writeFileSync(mapping, "ids: global\n");
    await importFile(storeOf(), first, { mapping });
    await importFile(storeOf(), second, { mapping });
    const keysOf = (file: string) => [...readFileSync(file, "utf8").matchAll(/<node id="([^"]+)"/g)].map((m) => m[1]);
    const keys = new Set([...keysOf(first), ...keysOf(second)]);
    const { nodes } = await contentOf(storeOf());
    expect(nodes.filter((node) => node.kind !== "Source")).toHaveLength(keys.size);
    expect(keys.size).toBeLessThan(keysOf(first).length + keysOf(second).length);
    expect(nodes.some((node) => node.id === "org:n0")).toBe(true);
  }, 120_000);
});
