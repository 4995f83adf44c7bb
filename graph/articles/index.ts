// Article ingestion: a folder of texts becomes Sources with their sentences, evidence points at its exact
// sentence, and MENTIONS link each article to the entities it names.
export { ingestArticles, type IngestOptions, type IngestSummary, type IngestedSource } from "./ingest-articles.js";
export { readArticleFolder, articleTextOf, MAX_ARTICLE_BYTES, type ArticleFile } from "./read-article-folder.js";
export { createMentionMatcher, type Mention, type MentionMatcher, type NamedEntity } from "./match-mentions.js";
export { splitParagraphs, stripMarkdown, type ArticleFormat } from "./split-paragraphs.js";
export { splitSentences } from "./split-sentences.js";
