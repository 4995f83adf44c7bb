// Test helpers for the curated seed graph: where seeds/ and the source articles live, and the articles
// split the way evidence counts them.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { paragraphsOf } from "./article-text.js";

export const SEEDS_DIR = fileURLToPath(new URL("../../seeds", import.meta.url));

/**
 * The folder of the five German articles seeds/ is drawn from, from ARTICLES_DIR. They are copyrighted and stay
 * outside the repository; `.ci/run` sets ARTICLES_DIR to ../shared/seeds when that folder sits beside the clone.
 */
export const ARTICLES_DIR: string | undefined = process.env.ARTICLES_DIR?.trim()
  ? resolve(process.env.ARTICLES_DIR.trim())
  : undefined;

/** Why the tests that need the seed articles skip, or null when ARTICLES_DIR names their folder. */
export const ARTICLES_ABSENT: string | null =
  ARTICLES_DIR === undefined
    ? "skipped: ARTICLES_DIR is unset; it names the folder of the seed articles, which stay outside the repository"
    : null;

/** Prints, once per test file, what the run leaves out without the seed articles. */
export function reportArticlesSkip(what: string): void {
  if (ARTICLES_ABSENT !== null) console.log(`${what}: ${ARTICLES_ABSENT}`);
}

export interface Article {
  file: string;
  text: string;
  paragraphs: string[];
}

export function readArticles(): Article[] {
  const dir = articlesDir();
  return readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((file) => {
      const text = readFileSync(`${dir}/${file}`, "utf8");
      return { file, text, paragraphs: paragraphsOf(text) };
    });
}

/** ARTICLES_DIR, checked: a name that is set but wrong fails the tests instead of skipping them. */
export function articlesDir(): string {
  if (ARTICLES_DIR === undefined) throw new Error(ARTICLES_ABSENT ?? "ARTICLES_DIR is unset");
  if (!existsSync(ARTICLES_DIR) || !statSync(ARTICLES_DIR).isDirectory()) {
    throw new Error(`ARTICLES_DIR=${ARTICLES_DIR} is not a folder: point it at the folder of the seed articles`);
  }
  return ARTICLES_DIR;
}
