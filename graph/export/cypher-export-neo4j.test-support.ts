// The Neo4j round trip of the Cypher export, as a suite a test file under test/ runs (only those get the
// run's Neo4j, see vitest.config.ts): the script is run against the emptied database, then the graph is
// read back with plain Cypher and through the Neo4j store; the database is emptied again afterwards.
import neo4j, { type Driver } from "neo4j-driver";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";
import { describeWithNeo4j, neo4jStoreConfig } from "../../test/support/neo4j-for-tests.js";
import type { FileAttributes } from "../model/file-attributes.js";
import { sortGraph, type Graph, type GraphEdge, type GraphNode } from "../model/graph.js";
import { foldedTermsOf } from "../model/search-text.js";
import { createNeo4jStore } from "../neo4j/index.js";
import type { CypherStatementLine } from "./cypher-writer.js";
import { exportGraph } from "./export-graph.js";
import { AWKWARD_NAMES, awkwardGraph, collect, seedGraph } from "./export-fixtures.test-support.js";

/** A test helper, not part of the product: runs each line of the script in its own transaction. */
async function applyCypherExport(driver: Driver, script: string): Promise<number> {
  const lines = script.split("\n").filter((line) => line.trim() !== "");
  const session = driver.session();
  try {
    for (const line of lines) {
      const { statement, parameters } = JSON.parse(line) as CypherStatementLine;
      await session.run(statement, parameters);
    }
  } finally {
    await session.close();
  }
  return lines.length;
}

async function readBack(driver: Driver): Promise<{ graph: Graph; labels: Map<string, string[]> }> {
  const { records: nodeRecords } = await driver.executeQuery(
    "MATCH (e) RETURN e.id AS id, labels(e) AS labels, e.name AS name, e.kind AS kind, e.aliases AS aliases, e.properties AS properties",
  );
  const labels = new Map<string, string[]>();
  const nodes: GraphNode[] = nodeRecords.map((r) => {
    labels.set(r.get("id"), [...(r.get("labels") as string[])].sort());
    return {
      id: r.get("id"),
      name: r.get("name"),
      kind: r.get("kind"),
      aliases: r.get("aliases"),
      properties: JSON.parse(r.get("properties")),
    };
  });
  const { records: edgeRecords } = await driver.executeQuery(
    `MATCH (a)-[r]->(b) RETURN r.id AS id, a.id AS source, b.id AS target, type(r) AS type, r.stance AS stance,
       r.status AS status, r.dateStart AS dateStart, r.dateEnd AS dateEnd, r.amountValue AS amountValue,
       r.amountCurrency AS amountCurrency, r.amountQualifier AS amountQualifier, r.note AS note, r.evidence AS evidence`,
  );
  const edges: GraphEdge[] = edgeRecords.map((r) => {
    const start = r.get("dateStart") as string | null;
    const end = r.get("dateEnd") as string | null;
    const value = r.get("amountValue") as number | null;
    const qualifier = r.get("amountQualifier") as "about" | null;
    return {
      id: r.get("id"),
      source: r.get("source"),
      target: r.get("target"),
      type: r.get("type"),
      stance: r.get("stance"),
      status: r.get("status"),
      date: start === null ? null : { start, ...(end === null ? {} : { end }) },
      amount: value === null ? null : { value, currency: r.get("amountCurrency"), ...(qualifier ? { qualifier } : {}) },
      note: r.get("note"),
      evidence: JSON.parse(r.get("evidence")),
    };
  });
  return { graph: sortGraph({ nodes, edges }), labels };
}

/** Call from a test file in the vitest project "neo4j", e.g. test/neo4j/cypher-export.neo4j.test.ts. */
export function describeCypherExportRoundTrip(): void {
  describeWithNeo4j("Cypher export run against an empty Neo4j", (target) => {
    let driver: Driver;
    const clear = () => driver.executeQuery("MATCH (n) DETACH DELETE n");

    beforeAll(async () => {
      driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password), {
        disableLosslessIntegers: true,
      });
    });
    beforeEach(clear);
    afterAll(async () => {
      await clear();
      await driver.close();
    });

    it("recreates the seed graph: same nodes with their kind labels, same relations, types and evidence", async () => {
      const graph = await seedGraph();
      const script = await collect(exportGraph(graph, "cypher").chunks);
      await applyCypherExport(driver, script);
      const back = await readBack(driver);
      expect(back.graph).toEqual(sortGraph(graph));
      for (const node of graph.nodes) expect(back.labels.get(node.id)).toEqual(["Entity", node.kind].sort());
    });

    it("recreates awkward names and parallel relations, and running it twice changes nothing", async () => {
      const graph = awkwardGraph();
      const script = await collect(exportGraph(graph, "cypher", { batchSize: 2 }).chunks);
      await applyCypherExport(driver, script);
      await applyCypherExport(driver, script);
      const back = await readBack(driver);
      expect(back.graph).toEqual(sortGraph(graph));
      expect(back.graph.nodes.find((n) => n.id === "event:lines")!.name).toBe(AWKWARD_NAMES.lines);
    });

    it("keeps an undirected relation and what an imported file said, as the explorer's Neo4j store reads them", async () => {
      const graph = attributedGraph();
      await applyCypherExport(driver, await collect(exportGraph(graph, "cypher").chunks));
      const store = createNeo4jStore(neo4jStoreConfig(target));
      try {
        const ids = graph.nodes.map((n) => n.id);
        const back = sortGraph({ nodes: await store.getEntities(ids), edges: await store.relationsAmong(ids) });
        expect(back).toEqual(sortGraph(graph));
        expect(back.edges.find((e) => e.id === "rel:tie")).toMatchObject({
          directed: false,
          attributes: FILE_ATTRIBUTES,
        });
      } finally {
        await store.close();
      }
    });

    it("leaves a database the explorer's Neo4j store reads as the same graph", async () => {
      const graph = await seedGraph();
      await applyCypherExport(driver, await collect(exportGraph(graph, "cypher").chunks));
      const store = createNeo4jStore(neo4jStoreConfig(target));
      try {
        const ids = graph.nodes.map((n) => n.id);
        const nodes = await store.getEntities(ids);
        const edges = await store.relationsAmong(ids);
        expect(sortGraph({ nodes, edges })).toEqual(sortGraph(graph));
        const vw = graph.nodes.find((n) => n.aliases.length > 0)!;
        const hits = await store.searchCandidates(foldedTermsOf(vw.aliases[0]!), { limit: 50 });
        expect(hits.map((h) => h.id)).toContain(vw.id);
      } finally {
        await store.close();
      }
    });
  });
}

/** One value of every type a file attribute can have, with text a script must carry as it is. */
const FILE_ATTRIBUTES: FileAttributes = {
  weight: { type: "float", value: 2.5 },
  rank: { type: "integer", value: 4 },
  verified: { type: "boolean", value: false },
  seen: { type: "date", value: "2019-10-25" },
  tags: { type: "list", value: ["cloud", 'say "hi"', 3, true] },
  remark: { type: "string", value: "first line\nsecond & <third>" },
};

/** The awkward graph with an undirected tie and an entity that carry a file's typed attributes. */
function attributedGraph(): Graph {
  const graph = awkwardGraph();
  const nodes = graph.nodes.map((node) =>
    node.id === "org:markup" ? { ...node, properties: { ...node.properties, attributes: FILE_ATTRIBUTES } } : node,
  );
  const tie: GraphEdge = {
    ...graph.edges[0]!,
    id: "rel:tie",
    type: "PARTNERS_WITH",
    stance: "partnership",
    directed: false,
    attributes: FILE_ATTRIBUTES,
  };
  return { nodes, edges: [...graph.edges, tie] };
}
