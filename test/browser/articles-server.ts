// What the browser tests' second server ingests on start: the seed articles over seeds/ when ARTICLES_DIR is
// set, else our own test articles over their small graph, so the evidence specs run in any clone.
import { SEED_ARTICLES, TEST_ARTICLES, type ArticleCorpus } from "../fixtures/articles/article-corpora.js";

export const ARTICLES_CORPUS: ArticleCorpus = SEED_ARTICLES.absent === null ? SEED_ARTICLES : TEST_ARTICLES;
export const ARTICLES_PORT = Number(process.env.BROWSER_TEST_PORT ?? 18080) + 1;
