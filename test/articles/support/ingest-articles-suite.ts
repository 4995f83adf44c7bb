// Article ingestion against a real store, shared by the Kuzu and Neo4j test files: after the seed graph and
// then ../shared/seeds, every seed relation's evidence points at a stored sentence, each article MENTIONS
// the entities it names, a second ingest changes nothing, and evidence without a sentence gets its sentence.
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMentionMatcher } from "../../../graph/articles/match-mentions.js";
import { ingestArticles, type IngestSummary } from "../../../graph/articles/index.js";
import { importSeedFolder } from "../../../graph/import/index.js";
import type { GraphEdge, GraphNode } from "../../../graph/model/graph.js";
import { createGraphQueries } from "../../../graph/queries/index.js";
import { toRelation, type Relation } from "../../../graph/model/relation.js";
import { SourceText, sentenceAt } from "../../../graph/model/source-text.js";
import { ARTICLES_DIR, SEEDS_DIR } from "../../../graph/seed/curated-seeds.js";
import { loadSeedFolder, type SeedGraph } from "../../../graph/seed/index.js";
import type { GraphStore } from "../../../graph/store.js";
import { createApp } from "../../../server/app.js";
import { fingerprintOf } from "../../reliability/support/store-fingerprint.js";

const SOURCE_IDS = ["src:000", "src:001", "src:002", "src:003", "src:004"];

/** Entities each article names for certain (a few per article, checked by hand against the texts). */
const NAMED: Record<string, string[]> = {
  "src:000": ["org:amazon", "org:us-dod", "org:oracle", "person:safra-catz", "person:donald-trump", "org:cia"],
  "src:001": ["org:amazon", "org:microsoft", "org:us-dod", "contract:jedi", "org:google", "org:afp"],
  "src:002": ["org:alibaba", "org:alibaba-cloud", "org:aws", "place:frankfurt", "place:middle-east"],
  "src:003": ["org:amazon", "org:openai", "org:aws", "product:trainium", "person:sam-altman", "org:anthropic"],
  "src:004": ["org:volkswagen", "person:herbert-diess", "org:sueddeutsche-zeitung", "event:mars-2019"],
};

export function ingestArticlesSuite(name: string, open: () => Promise<GraphStore>, close: () => Promise<void>) {
  describe(`article ingestion of ../shared/seeds on ${name}`, () => {
    let store: GraphStore;
    let seeds: SeedGraph;
    let first: IngestSummary;

    beforeAll(async () => {
      if (!existsSync(ARTICLES_DIR)) {
        throw new Error(`${ARTICLES_DIR} is missing: the articles live beside the checkout in ../shared/seeds`);
      }
      store = await open();
      seeds = await loadSeedFolder(SEEDS_DIR);
      await importSeedFolder(store, SEEDS_DIR);
      first = await ingestArticles(store, ARTICLES_DIR);
    });
    afterAll(close);

    const storedText = async (id: string) => {
      const [source] = await store.getEntities([id]);
      return SourceText.parse(source?.properties.text);
    };

    it("matches the five articles to the curated sources and stores their sentences", async () => {
      expect(first.articles.map((a) => [a.id, a.isNew])).toEqual(SOURCE_IDS.map((id) => [id, false]));
      expect(first.unresolved).toEqual([]);
      for (const id of SOURCE_IDS) {
        const text = await storedText(id);
        expect(text.paragraphs.length, id).toBeGreaterThan(5);
        expect(text.paragraphs.flat().length, id).toBeGreaterThan(text.paragraphs.length);
      }
      const [source] = await store.getEntities(["src:001"]);
      expect(source?.name).toBe(seeds.entities.find((e) => e.id === "src:001")?.name);
    });

    it("points every evidence item of every seed relation at a stored sentence", async () => {
      const texts = new Map(await Promise.all(SOURCE_IDS.map(async (id) => [id, await storedText(id)] as const)));
      const stored = await store.getRelations(seeds.relations.map((r) => r.id));
      expect(stored).toHaveLength(seeds.relations.length);
      const missing = stored.flatMap((edge) =>
        edge.evidence
          .filter((e) => e.sentence === undefined || !sentenceAt(texts.get(e.source)!, e.paragraph, e.sentence))
          .map((e) => `${edge.id}: ${e.source} ¶${e.paragraph} sentence ${e.sentence}`),
      );
      expect(missing).toEqual([]);
    });

    it("links each article to the entities it names with MENTIONS, one evidence item per naming sentence", async () => {
      for (const [source, named] of Object.entries(NAMED)) {
        const mentions = await mentionsOf(store, source);
        expect([...mentions.keys()], source).toEqual(expect.arrayContaining(named));
        const text = await storedText(source);
        for (const relation of mentions.values()) {
          for (const e of relation.evidence) {
            expect(e.source).toBe(source);
            expect(sentenceAt(text, e.paragraph, e.sentence ?? 0), `${relation.id} ¶${e.paragraph}`).toBeDefined();
          }
        }
      }
      // The JEDI article names Amazon in its first sentence and in more than five others.
      const amazon = (await mentionsOf(store, "src:001")).get("org:amazon")!;
      expect(amazon.evidence[0]).toMatchObject({
        paragraph: 1,
        sentence: 1,
        summary: expect.stringMatching(/^Names Amazon/),
      });
      expect(amazon.evidence.length).toBeGreaterThan(5);
      expect(first.articles.every((a) => a.mentions > 5)).toBe(true);
    });

    it("records a MENTIONS wherever a seed relation's cited sentence names one of its ends", async () => {
      const byId = new Map(seeds.entities.map((e) => [e.id, e]));
      const wanted = new Set<string>();
      for (const relation of seeds.relations) {
        const matcher = createMentionMatcher([byId.get(relation.from)!, byId.get(relation.to)!]);
        for (const e of relation.evidence) {
          const sentence = sentenceAt(await storedText(e.source), e.paragraph, e.sentence!)!;
          for (const m of matcher.find(sentence)) {
            if (byId.get(m.entityId)?.kind !== "Source")
              wanted.add(`${e.source}>${m.entityId}@${e.paragraph}.${e.sentence}`);
          }
        }
      }
      expect(wanted.size).toBeGreaterThan(100);
      const found = new Set<string>();
      for (const source of SOURCE_IDS) {
        for (const [entity, relation] of await mentionsOf(store, source)) {
          for (const e of relation.evidence) found.add(`${source}>${entity}@${e.paragraph}.${e.sentence}`);
        }
      }
      expect([...wanted].filter((key) => !found.has(key))).toEqual([]);
    });

    it("serves each source's sentences and MENTIONS apart from what it supports, on GET /api/sources/:id", async () => {
      const app = await createApp({ store, queries: createGraphQueries(store) });
      try {
        const res = await app.inject({ method: "GET", url: "/api/sources/src:001" });
        expect(res.statusCode).toBe(200);
        const body = res.json() as {
          source: GraphNode;
          supports: GraphEdge[];
          mentions: GraphEdge[];
          text: SourceText;
        };
        expect(body.source.properties.text).toBeUndefined();
        expect(body.text).toEqual(await storedText("src:001"));
        expect(body.mentions.map((e) => e.target)).toEqual(expect.arrayContaining(NAMED["src:001"]!));
        expect(body.supports.length).toBeGreaterThan(5);
        expect(body.supports.some((e) => e.type === "MENTIONS")).toBe(false);
        for (const edge of body.supports) {
          for (const e of edge.evidence.filter((item) => item.source === "src:001")) {
            expect(sentenceAt(body.text, e.paragraph, e.sentence!), edge.id).toBeDefined();
          }
        }
      } finally {
        await app.close();
      }
    });

    it("changes nothing when the same folder is ingested again", async () => {
      const before = await fingerprintOf(store);
      const again = await ingestArticles(store, ARTICLES_DIR);
      expect(await fingerprintOf(store)).toEqual(before);
      expect(again.relations).toBe(first.relations);
      expect(again.linked).toBe(0);
    });

    it("gives evidence that cites only a paragraph the sentence naming both ends", async () => {
      const id = "rel:person:jeff-bezos>ceo_of>org:amazon";
      const [edge] = await store.getRelations([id]);
      const seed = seeds.relations.find((r) => r.id === id)!;
      const withoutSentences: Relation = {
        ...seed,
        evidence: seed.evidence.map(({ sentence: _sentence, ...rest }) => rest),
      };
      await store.upsertRelations([withoutSentences]);
      const summary = await ingestArticles(store, ARTICLES_DIR);
      expect(summary.linked).toBe(seed.evidence.length);
      const [relinked] = await store.getRelations([id]);
      expect(relinked?.evidence).toEqual(edge?.evidence);
    });
  });
}

async function mentionsOf(store: GraphStore, source: string): Promise<Map<string, Relation>> {
  const edges = (await store.relationsOf(source)).filter((e) => e.type === "MENTIONS" && e.source === source);
  return new Map(
    edges.map((e) => [
      e.target,
      toRelation({ type: e.type, from: e.source, to: e.target, status: e.status, evidence: e.evidence }),
    ]),
  );
}
