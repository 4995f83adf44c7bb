import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { toRelation } from "../model/relation.js";
import { createGraphQueries } from "../queries/index.js";
import { databaseFileOf, loadEmbeddedEngine } from "./engine.js";
import { createKuzuStore } from "./kuzu-store.js";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "kuzu-older-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** The schema and one relation as the store wrote them before relations could be undirected. */
async function writeOlderStore(dataDir: string): Promise<void> {
  fs.mkdirSync(dataDir, { recursive: true });
  const { module: engine } = await loadEmbeddedEngine();
  const database = new engine.Database(path.join(dataDir, databaseFileOf("ladybug")), 64 * 1024 * 1024);
  const connection = new engine.Connection(database);
  await connection.query(`CREATE NODE TABLE Entity(
    id STRING PRIMARY KEY, kind STRING, name STRING, aliases STRING[], searchText STRING, properties STRING)`);
  await connection.query(`CREATE REL TABLE Relation(FROM Entity TO Entity,
    id STRING, source STRING, target STRING, type STRING, stance STRING, status STRING,
    dateStart STRING, dateEnd STRING, amountValue DOUBLE, amountCurrency STRING, amountQualifier STRING,
    note STRING, evidence STRING, sources STRING[])`);
  await connection.query(`CREATE (:Entity {id: 'org:alpha', kind: 'Organization', name: 'Alpha', aliases: [],
    searchText: 'alpha', properties: '{}'})`);
  await connection.query(`CREATE (:Entity {id: 'org:beta', kind: 'Organization', name: 'Beta', aliases: [],
    searchText: 'beta', properties: '{}'})`);
  await connection.query(`MATCH (a:Entity {id: 'org:alpha'}), (b:Entity {id: 'org:beta'})
    CREATE (a)-[:Relation {id: 'rel:org:alpha>supplies>org:beta', source: 'org:alpha', target: 'org:beta',
      type: 'SUPPLIES', stance: 'neutral', status: 'confirmed',
      evidence: '[{"source":"src:old","paragraph":1,"summary":"Alpha supplies Beta"}]', sources: ['src:old']}]->(b)`);
  await connection.close();
  await database.close();
}

describe("an embedded store written before relations could be undirected", () => {
  it("opens, reads its relations as directed, and takes undirected ones from then on", async () => {
    const dataDir = path.join(root, "older");
    await writeOlderStore(dataDir);
    const store = await createKuzuStore({ dataDir, bufferPoolBytes: 64 * 1024 * 1024 });
    try {
      const [old] = await store.getRelations(["rel:org:alpha>supplies>org:beta"]);
      expect(old).toMatchObject({ source: "org:alpha", target: "org:beta", type: "SUPPLIES" });
      expect(old).not.toHaveProperty("directed");
      const queries = createGraphQueries(store);
      expect((await queries.paths({ from: "org:beta", to: "org:alpha", directed: true })).paths).toEqual([]);

      const tie = toRelation({
        type: "PARTNERS_WITH",
        from: "org:beta",
        to: "org:alpha",
        status: "reported",
        directed: false,
        evidence: [{ source: "src:old", paragraph: 2, summary: "Alpha and Beta work together" }],
      });
      await store.upsertRelations([tie]);
      expect((await store.getRelations([tie.id]))[0]?.directed).toBe(false);
      const forward = await queries.paths({ from: "org:alpha", to: "org:beta", directed: true, k: 5 });
      expect(forward.paths.map((p) => p.edgeIds)).toEqual([["rel:org:alpha>supplies>org:beta"]]);
      expect(forward.paths[0]?.steps[0]?.edgeIds).toEqual(["rel:org:alpha>supplies>org:beta", tie.id]);
    } finally {
      await store.close();
    }
  });
});
