// Ingests a folder of articles: each becomes (or updates) a Source carrying its paragraphs and sentences,
// evidence citing it is pointed at its exact sentence, and a MENTIONS relation links it to every known
// entity it names. Everything is validated first, then written with the seed import's batched upserts;
// ids come from content and file names, so ingesting the same folder twice changes nothing.
import type { z } from "zod";
import { importSeedGraph, type ImportOptions, type ImportSummary } from "../import/index.js";
import { Entity, type SourceEntity } from "../model/entity.js";
import type { GraphNode } from "../model/graph.js";
import { RelationInput, type Relation } from "../model/relation.js";
import type { SourceText } from "../model/source-text.js";
import { ENTITY_KINDS } from "../model/vocabulary.js";
import { entityOf, relationOf } from "../resolution/plan-merge.js";
import { SeedIssueList, zodProblems } from "../seed/index.js";
import type { GraphStore } from "../store.js";
import { articleSource, mentionRelations } from "./article-records.js";
import { linkEvidence } from "./link-evidence.js";
import { createMentionMatcher } from "./match-mentions.js";
import { readArticleFolder } from "./read-article-folder.js";

const ENTITY_BATCH = 1_000;

export interface IngestOptions extends ImportOptions {
  /** The date a new source without one is given (default: now). */
  today?: Date;
}

export interface IngestedSource {
  id: string;
  file: string;
  isNew: boolean;
  paragraphs: number;
  sentences: number;
  /** Distinct entities the article names. */
  mentions: number;
}

export interface IngestSummary extends ImportSummary {
  articles: IngestedSource[];
  /** Evidence items of existing relations that now name their sentence. */
  linked: number;
  /** Evidence citing a paragraph its article does not have; left unchanged. */
  unresolved: { relation: string; source: string; paragraph: number }[];
}

export async function ingestArticles(
  store: GraphStore,
  dir: string,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const articles = await readArticleFolder(dir);
  const known = await allEntities(store);
  const byId = new Map(known.map((node) => [node.id, node]));
  const storedSourceByFile = new Map<string, SourceEntity>();
  for (const node of known) {
    const file = node.properties.file;
    if (node.kind === "Source" && typeof file === "string" && !storedSourceByFile.has(file)) {
      storedSourceByFile.set(file, entityOf(node) as SourceEntity);
    }
  }

  const sources = articles.map((article) =>
    articleSource(article, storedSourceByFile.get(article.file), options.today),
  );
  const texts = new Map<string, SourceText>(sources.map((source, i) => [source.id, articles[i]!.text]));
  const matcher = createMentionMatcher(known.filter((node) => node.kind !== "Source"));
  const nameOf = (id: string) => byId.get(id)?.name ?? id;
  const mentions = sources.flatMap((source, i) => mentionRelations(source, articles[i]!.text, matcher, nameOf));

  const relinked: Relation[] = [];
  const unresolved: IngestSummary["unresolved"] = [];
  let linked = 0;
  const seen = new Set(mentions.map((relation) => relation.id));
  for (const source of sources) {
    for (const edge of await store.relationsCiting(source.id)) {
      if (seen.has(edge.id) || (edge.type === "MENTIONS" && texts.has(edge.source))) continue;
      seen.add(edge.id);
      const ends = [byId.get(edge.source), byId.get(edge.target)].filter((n): n is GraphNode => n !== undefined);
      const result = linkEvidence(relationOf(edge), texts, ends);
      linked += result.linked;
      if (result.linked > 0) relinked.push(result.relation);
      for (const item of result.unresolved) {
        unresolved.push({ relation: edge.id, source: item.source, paragraph: item.paragraph });
      }
    }
  }

  const relations = [...mentions, ...relinked];
  checkRecords(dir, sources, relations);
  const sourceIds = new Set(sources.map((s) => s.id));
  const endIds = new Set(relations.flatMap((r) => [r.from, r.to]).filter((id) => !sourceIds.has(id)));
  const ends = [...endIds].flatMap((id) => {
    const node = byId.get(id);
    return node ? [entityOf(node)] : [];
  });
  const written = await importSeedGraph(store, { entities: [...sources, ...ends], relations }, options);
  return {
    ...written,
    seconds: (performance.now() - started) / 1000,
    articles: sources.map((source, i) => ({
      id: source.id,
      file: articles[i]!.file,
      isNew: !storedSourceByFile.has(articles[i]!.file),
      paragraphs: articles[i]!.text.paragraphs.length,
      sentences: articles[i]!.text.paragraphs.reduce((sum, p) => sum + p.length, 0),
      mentions: mentions.filter((relation) => relation.from === source.id).length,
    })),
    linked,
    unresolved,
  };
}

/** Every entity in the store, read in batches. */
async function allEntities(store: GraphStore): Promise<GraphNode[]> {
  const { entities } = await store.counts();
  const ids = await store.listEntityIds({ kinds: ENTITY_KINDS, limit: entities });
  const nodes: GraphNode[] = [];
  for (let start = 0; start < ids.length; start += ENTITY_BATCH) {
    nodes.push(...(await store.getEntities(ids.slice(start, start + ENTITY_BATCH))));
  }
  return nodes.sort((a, b) => (a.id < b.id ? -1 : 1));
}

/** Checks the records we built with the model's schemas, so a bad one is named instead of reaching a store. */
function checkRecords(dir: string, sources: readonly SourceEntity[], relations: readonly Relation[]): void {
  const issues = new SeedIssueList();
  const check = (schema: z.ZodType, value: unknown, record: string, id: string) => {
    const result = schema.safeParse(value);
    if (!result.success) {
      for (const problem of zodProblems(result.error)) issues.add({ file: dir, record, id, ...problem });
    }
  };
  sources.forEach((source, i) => check(Entity, source, `articles[${i}]`, source.id));
  relations.forEach(({ stance: _stance, ...relation }, i) =>
    check(RelationInput, relation, `relations[${i}]`, relation.id),
  );
  issues.throwIfAny(dir, "Article folder");
}
