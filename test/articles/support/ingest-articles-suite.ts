// Article ingestion against a real store, shared by the Kuzu and Neo4j test files and run on each corpus of
// test/fixtures/articles/article-corpora.ts: after its seed graph and then its articles, every seed relation's
// evidence points at a stored sentence, each article MENTIONS the entities it names, a second ingest changes
// nothing, and evidence without a sentence gets its sentence.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMentionMatcher } from "../../../graph/articles/match-mentions.js";
import { ingestArticles, type IngestSummary } from "../../../graph/articles/index.js";
import { importSeedFolder } from "../../../graph/import/index.js";
import type { GraphEdge, GraphNode } from "../../../graph/model/graph.js";
import { createGraphQueries } from "../../../graph/queries/index.js";
import { toRelation, type Relation } from "../../../graph/model/relation.js";
import { SourceText, sentenceAt } from "../../../graph/model/source-text.js";
import { loadSeedFolder, type SeedGraph } from "../../../graph/seed/index.js";
import type { GraphStore } from "../../../graph/store.js";
import { createApp } from "../../../server/app.js";
import type { ArticleCorpus } from "../../fixtures/articles/article-corpora.js";
import { fingerprintOf } from "../../reliability/support/store-fingerprint.js";

export function ingestArticlesSuite(
  name: string,
  corpus: ArticleCorpus,
  open: () => Promise<GraphStore>,
  close: (store: GraphStore) => Promise<void>,
) {
  const title = `article ingestion of ${corpus.label} on ${name}`;
  if (corpus.absent !== null) console.log(`${title}: ${corpus.absent}`);
  const { sourceIds, named, mentioned, served } = corpus;

  describe.skipIf(corpus.absent !== null)(title, () => {
    let store: GraphStore;
    let seeds: SeedGraph;
    let first: IngestSummary;

    beforeAll(async () => {
      store = await open();
      seeds = await loadSeedFolder(corpus.seedsDir);
      await importSeedFolder(store, corpus.seedsDir);
      first = await ingestArticles(store, corpus.articlesDir);
    });
    afterAll(async () => {
      if (store !== undefined) await close(store);
    });

    const storedText = async (id: string) => {
      const [source] = await store.getEntities([id]);
      return SourceText.parse(source?.properties.text);
    };

    it("matches the articles to the curated sources and stores their sentences", async () => {
      expect(first.articles.map((a) => [a.id, a.isNew])).toEqual(sourceIds.map((id) => [id, false]));
      expect(first.unresolved).toEqual([]);
      for (const id of sourceIds) {
        const text = await storedText(id);
        expect(text.paragraphs.length, id).toBeGreaterThanOrEqual(corpus.minParagraphs);
        expect(text.paragraphs.flat().length, id).toBeGreaterThan(text.paragraphs.length);
      }
      const [source] = await store.getEntities([corpus.file.source]);
      expect(source?.name).toBe(seeds.entities.find((e) => e.id === corpus.file.source)?.name);
      expect(source?.properties.file).toBe(corpus.file.name);
    });

    it("points every evidence item of every seed relation at a stored sentence", async () => {
      const texts = new Map(await Promise.all(sourceIds.map(async (id) => [id, await storedText(id)] as const)));
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
      for (const [source, entities] of Object.entries(named)) {
        const mentions = await mentionsOf(store, source);
        expect([...mentions.keys()], source).toEqual(expect.arrayContaining(entities));
        const text = await storedText(source);
        for (const relation of mentions.values()) {
          for (const e of relation.evidence) {
            expect(e.source).toBe(source);
            expect(sentenceAt(text, e.paragraph, e.sentence ?? 0), `${relation.id} ¶${e.paragraph}`).toBeDefined();
          }
        }
      }
      const relation = (await mentionsOf(store, mentioned.source)).get(mentioned.entity)!;
      expect(relation.evidence[0]).toMatchObject({
        paragraph: 1,
        sentence: 1,
        summary: `Names ${mentioned.name} in paragraph 1, sentence 1.`,
      });
      const cited = relation.evidence.map((e) => [e.paragraph, e.sentence]);
      expect(cited).toEqual(expect.arrayContaining(mentioned.sentences));
      expect(cited.length).toBeGreaterThanOrEqual(mentioned.atLeast);
      for (const article of first.articles) {
        expect(article.mentions, article.file).toBeGreaterThanOrEqual(corpus.minMentionsPerArticle);
      }
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
      expect(wanted.size).toBeGreaterThanOrEqual(corpus.minCitedMentions);
      const found = new Set<string>();
      for (const source of sourceIds) {
        for (const [entity, relation] of await mentionsOf(store, source)) {
          for (const e of relation.evidence) found.add(`${source}>${entity}@${e.paragraph}.${e.sentence}`);
        }
      }
      expect([...wanted].filter((key) => !found.has(key))).toEqual([]);
    });

    it("serves each source's sentences and MENTIONS apart from what it supports, on GET /api/sources/:id", async () => {
      const app = await createApp({ store: store, queries: createGraphQueries(store) });
      try {
        const res = await app.inject({ method: "GET", url: `/api/sources/${served.source}` });
        expect(res.statusCode).toBe(200);
        const body = res.json() as {
          source: GraphNode;
          supports: GraphEdge[];
          mentions: GraphEdge[];
          text: SourceText;
        };
        expect(body.source.properties.text).toBeUndefined();
        expect(body.text).toEqual(await storedText(served.source));
        expect(body.mentions.map((e) => e.target)).toEqual(expect.arrayContaining(named[served.source]!));
        expect(body.supports.length).toBeGreaterThanOrEqual(served.minSupports);
        expect(body.supports.some((e) => e.type === "MENTIONS")).toBe(false);
        for (const edge of body.supports) {
          for (const e of edge.evidence.filter((item) => item.source === served.source)) {
            expect(sentenceAt(body.text, e.paragraph, e.sentence!), edge.id).toBeDefined();
          }
        }
      } finally {
        await app.close();
      }
    });

    it("changes nothing when the same folder is ingested again", async () => {
      const before = await fingerprintOf(store);
      const again = await ingestArticles(store, corpus.articlesDir);
      expect(await fingerprintOf(store)).toEqual(before);
      expect(again.relations).toBe(first.relations);
      expect(again.linked).toBe(0);
    });

    it("gives evidence that cites only a paragraph the sentence naming both ends", async () => {
      const id = corpus.relinked;
      const [edge] = await store.getRelations([id]);
      const seed = seeds.relations.find((r) => r.id === id)!;
      const withoutSentences: Relation = {
        ...seed,
        evidence: seed.evidence.map(({ sentence: _sentence, ...rest }) => rest),
      };
      await store.upsertRelations([withoutSentences]);
      const summary = await ingestArticles(store, corpus.articlesDir);
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
