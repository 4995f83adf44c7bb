// Same input, same answer: one list of queries through the query layer against Kuzu and Neo4j, both
// loaded with the curated seeds, every answer (and every refusal) compared as data with toEqual.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GraphError } from "../../graph/errors.js";
import { importSeedFolder } from "../../graph/import/index.js";
import { createKuzuStore } from "../../graph/kuzu/index.js";
import { createGraphQueries, type GraphQueries } from "../../graph/queries/index.js";
import type { GraphStore } from "../../graph/store.js";
import { createTestNeo4jStore, describeWithNeo4j } from "../support/neo4j-for-tests.js";
import { REAL_SEED_DIR } from "./contract-expectations.js";

const TRUMP = "person:donald-trump";
const MICROSOFT = "org:microsoft";
const JEDI = "contract:jedi";
const FOLLOW_ONLY = ["OPPOSED", "MET_WITH", "CEO_OF"] as const;

/** Each query by name; the answer, or the error as data, must be equal on both stores. */
const QUERIES: [string, (q: GraphQueries) => Promise<unknown>][] = [
  ["search pentagon (alias)", (q) => q.search("pentagon")],
  ["search Pentágon, upper case and accent", (q) => q.search("PENTÁGON")],
  ["search Dieß (ß and accents)", (q) => q.search("Dieß")],
  ["search a, 100 hits", (q) => q.search("a", { limit: 100 })],
  ["search amazon among contracts", (q) => q.search("amazon", { kinds: ["Contract"] })],
  ["search micro (prefix)", (q) => q.search("micro")],
  ["search cloud, 3 hits", (q) => q.search("cloud", { limit: 3 })],
  ["resolve Trump", (q) => q.resolveEntity("Trump")],
  ["entity JEDI", (q) => q.entity(JEDI)],
  ["entity Volkswagen (numbers in properties)", (q) => q.entity("org:volkswagen")],
  ["neighbour summary Amazon", (q) => q.neighborSummary("org:amazon")],
  ["neighbours Microsoft depth 1", (q) => q.neighbors(MICROSOFT)],
  ["neighbours Microsoft depth 2", (q) => q.neighbors(MICROSOFT, { depth: 2 })],
  ["neighbours Trump depth 3", (q) => q.neighbors(TRUMP, { depth: 3 })],
  ["neighbours JEDI, WON and AWARDED", (q) => q.neighbors(JEDI, { depth: 2, types: ["WON", "AWARDED"] })],
  ["neighbours Amazon, rivalry", (q) => q.neighbors("org:amazon", { depth: 2, stances: ["rivalry"] })],
  ["neighbours Trump outwards", (q) => q.neighbors(TRUMP, { depth: 2, direction: "out" })],
  ["neighbours Microsoft, limit 3", (q) => q.neighbors(MICROSOFT, { depth: 2, limit: 3 })],
  ["paths Trump to Microsoft via JEDI", (q) => q.paths({ from: TRUMP, to: MICROSOFT, via: JEDI })],
  ["paths Trump to Microsoft via Bezos", (q) => q.paths({ from: TRUMP, to: MICROSOFT, via: "person:jeff-bezos" })],
  ["paths Trump to Microsoft, k 10", (q) => q.paths({ from: TRUMP, to: MICROSOFT, k: 10 })],
  ["paths Trump to Microsoft, directed", (q) => q.paths({ from: TRUMP, to: MICROSOFT, directed: true })],
  ["paths Microsoft to Trump, directed", (q) => q.paths({ from: MICROSOFT, to: TRUMP, directed: true, k: 5 })],
  ["paths through people only", (q) => q.paths({ from: TRUMP, to: MICROSOFT, types: [...FOLLOW_ONLY], k: 5 })],
  ["paths through people, 3 hops", (q) => q.paths({ from: TRUMP, to: MICROSOFT, types: [...FOLLOW_ONLY], maxHops: 3 })],
  ["paths by rivalry", (q) => q.paths({ from: TRUMP, to: MICROSOFT, stances: ["rivalry"], k: 4 })],
  [
    "paths VW to OpenAI, partnership",
    (q) => q.paths({ from: "org:volkswagen", to: "org:openai", stances: ["partnership"] }),
  ],
  ["paths within 1 hop", (q) => q.paths({ from: TRUMP, to: MICROSOFT, maxHops: 1 })],
  ["paths from an unknown entity", (q) => q.paths({ from: "person:nobody", to: MICROSOFT })],
  ["subgraph of four", (q) => q.subgraph([TRUMP, JEDI, MICROSOFT, "org:amazon"])],
  ["subgraph with an unknown id", (q) => q.subgraph([TRUMP, "org:nope"])],
  ["schema", (q) => q.schema()],
  ["health", (q) => q.health()],
  ["overview, 10", (q) => q.overview({ limit: 10 })],
  ["overview, all", (q) => q.overview()],
  ["overview, 3 people", (q) => q.overview({ kinds: ["Person"], limit: 3 })],
  ["source src:001", (q) => q.source("src:001")],
  ["source that is not a source", (q) => q.source(MICROSOFT)],
  [
    "cypher: relations into JEDI",
    (q) =>
      q.cypher(
        "MATCH (a:Entity)-[r]->(b:Entity) WHERE b.id = $id RETURN a.id AS source, r.id AS relation ORDER BY relation",
        { id: JEDI },
      ),
  ],
  [
    "cypher: entities and a relation",
    (q) => q.cypher("MATCH (a:Entity)-[r]->(b:Entity {id: $id}) RETURN a, r, b ORDER BY r.id", { id: JEDI }),
  ],
  ["cypher: a write", (q) => q.cypher("CREATE (n:Entity {id: 'org:intruder'})")],
];

/** An answer, or the typed error as data (class, message, details), so refusals are compared too. */
async function outcomeOf(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return { answer: await run() };
  } catch (error) {
    if (!(error instanceof GraphError)) throw error;
    return { error: error.constructor.name, message: error.message, details: error.details };
  }
}

/** Paths in an answer where a value is not plain JSON (a driver Integer, a bigint, a class instance). */
function nonPlainValues(value: unknown, at = "answer"): string[] {
  if (value === null || ["string", "number", "boolean"].includes(typeof value)) return [];
  if (Array.isArray(value)) return value.flatMap((item, i) => nonPlainValues(item, `${at}[${i}]`));
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.entries(value).flatMap(([key, inner]) => nonPlainValues(inner, `${at}.${key}`));
  }
  return [`${at}: ${typeof value} ${Object.prototype.toString.call(value)}`];
}

describeWithNeo4j("Kuzu and Neo4j give the same answers", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "parity-"));
  let kuzu: GraphStore | undefined;
  let neo4j: GraphStore | undefined;

  beforeAll(async () => {
    kuzu = await createKuzuStore({ dataDir: root, bufferPoolBytes: 64 * 1024 * 1024 });
    neo4j = await createTestNeo4jStore();
    await importSeedFolder(kuzu, REAL_SEED_DIR);
    await importSeedFolder(neo4j, REAL_SEED_DIR);
  }, 240_000);
  afterAll(async () => {
    await kuzu?.close();
    await neo4j?.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("holds the same counts in both stores", async () => {
    expect(await neo4j!.counts()).toEqual(await kuzu!.counts());
    expect((await kuzu!.counts()).entities).toBeGreaterThan(50);
  });

  describe.each(QUERIES)("%s", (_name, run) => {
    it("is answered alike, in plain JSON", async () => {
      const onKuzu = await outcomeOf(() => run(createGraphQueries(kuzu!)));
      const onNeo4j = await outcomeOf(() => run(createGraphQueries(neo4j!)));
      expect(onNeo4j).toEqual(onKuzu);
      expect(nonPlainValues(onNeo4j)).toEqual([]);
      expect(JSON.parse(JSON.stringify(onNeo4j))).toEqual(onNeo4j);
    });
  });

  it("left both stores as they were after the refused write", async () => {
    expect(await neo4j!.counts()).toEqual(await kuzu!.counts());
    expect(await neo4j!.getEntities(["org:intruder"])).toEqual([]);
  });
});
