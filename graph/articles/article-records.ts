// What one article becomes in the graph: its Source (the existing one that names the file, else a new one
// whose id hashes name and content) carrying its text, and a MENTIONS relation to every entity it names,
// with one evidence item per sentence that names it, summarised in our words, never quoted.
import { PartialDate } from "../model/dates.js";
import type { SourceEntity } from "../model/entity.js";
import { toRelation, type Evidence, type Relation } from "../model/relation.js";
import type { SourceText } from "../model/source-text.js";
import { sourceRecordOf } from "../importers/shared/source-entity.js";
import { detectLanguage } from "./detect-language.js";
import type { MentionMatcher } from "./match-mentions.js";
import type { ArticleFile } from "./read-article-folder.js";

const MAX_TITLE_LENGTH = 300;

/** The Source an article belongs to, with its text; `existing` is the stored Source naming the same file. */
export function articleSource(article: ArticleFile, existing: SourceEntity | undefined, today?: Date): SourceEntity {
  if (existing) return { ...existing, properties: { ...existing.properties, text: article.text } };
  const sentences = article.text.paragraphs.flat();
  const title = titleOf(sentences[0] ?? article.file);
  const record = sourceRecordOf(
    article.path,
    article.digest,
    { title, language: detectLanguage(sentences.join(" ")) },
    undefined,
    today,
  );
  return { ...record, properties: { ...record.properties, text: article.text } } as SourceEntity;
}

function titleOf(firstLine: string): string {
  if (firstLine.length <= MAX_TITLE_LENGTH) return firstLine;
  const cut = firstLine.slice(0, MAX_TITLE_LENGTH - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), MAX_TITLE_LENGTH / 2))}…`;
}

/** One MENTIONS relation per entity the text names, dated like the article when it has a date. */
export function mentionRelations(
  source: SourceEntity,
  text: SourceText,
  matcher: MentionMatcher,
  nameOf: (id: string) => string,
): Relation[] {
  const evidenceByEntity = new Map<string, Evidence[]>();
  text.paragraphs.forEach((sentences, p) => {
    sentences.forEach((sentence, s) => {
      for (const entityId of new Set(matcher.find(sentence).map((m) => m.entityId))) {
        if (entityId === source.id) continue;
        const evidence: Evidence = {
          source: source.id,
          paragraph: p + 1,
          sentence: s + 1,
          summary: `Names ${nameOf(entityId)} in paragraph ${p + 1}, sentence ${s + 1}.`.slice(0, 500),
        };
        const list = evidenceByEntity.get(entityId);
        if (list) list.push(evidence);
        else evidenceByEntity.set(entityId, [evidence]);
      }
    });
  });
  const published = source.properties.published;
  const date = PartialDate.safeParse(published).success ? { date: { start: published } } : {};
  return [...evidenceByEntity.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([entityId, evidence]) =>
      toRelation({ type: "MENTIONS", from: source.id, to: entityId, status: "confirmed", ...date, evidence }),
    );
}
