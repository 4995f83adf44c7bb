// Test helpers for the curated seed graph: where seeds/ and the source articles live, and the articles
// split the way evidence counts them.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { paragraphsOf } from "./article-text.js";

export const SEEDS_DIR = fileURLToPath(new URL("../../seeds", import.meta.url));
/** The five German articles; beside the repo checkout (present in CI). */
export const ARTICLES_DIR = fileURLToPath(new URL("../../../shared/seeds", import.meta.url));
export const ARTICLES_ABSENT = existsSync(ARTICLES_DIR)
  ? null
  : `skipped: the source articles folder ${ARTICLES_DIR} (../shared/seeds) is absent`;

export interface Article {
  file: string;
  text: string;
  paragraphs: string[];
}

export function readArticles(): Article[] {
  return readdirSync(ARTICLES_DIR)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((file) => {
      const text = readFileSync(`${ARTICLES_DIR}/${file}`, "utf8");
      return { file, text, paragraphs: paragraphsOf(text) };
    });
}
