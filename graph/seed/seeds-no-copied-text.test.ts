import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { normaliseForComparison, sentencesOf } from "./article-text.js";
import { ARTICLES_ABSENT, SEEDS_DIR, readArticles, reportArticlesSkip } from "./curated-seeds.js";

reportArticlesSkip("the check that seeds/ copies no article text");

const MIN_WORDS = 8;

/** Every string value in the seed files, and every line of other text files (README), with its file. */
function seedStrings(): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const collect = (file: string, value: unknown): void => {
    if (typeof value === "string") out.push({ file, text: value });
    else if (Array.isArray(value)) value.forEach((v) => collect(file, v));
    else if (value && typeof value === "object") Object.values(value).forEach((v) => collect(file, v));
  };
  const files = readdirSync(SEEDS_DIR, { recursive: true, encoding: "utf8" });
  for (const file of files.sort()) {
    const path = join(SEEDS_DIR, file);
    if (file.endsWith(".json")) collect(file, JSON.parse(readFileSync(path, "utf8")));
    else if (file.endsWith(".jsonl")) {
      readFileSync(path, "utf8")
        .split("\n")
        .filter((line) => line.trim())
        .forEach((line) => collect(file, JSON.parse(line)));
    } else if (/\.(md|txt)$/.test(file)) collect(file, readFileSync(path, "utf8").split("\n"));
  }
  return out;
}

function articleSentences(): string[] {
  return readArticles()
    .flatMap((a) => a.paragraphs.flatMap(sentencesOf))
    .map(normaliseForComparison)
    .filter((s) => s.split(" ").length >= MIN_WORDS);
}

function shingles(text: string): string[] {
  const words = normaliseForComparison(text).split(" ");
  return words
    .slice(0, Math.max(0, words.length - MIN_WORDS + 1))
    .map((_, i) => words.slice(i, i + MIN_WORDS).join(" "));
}

/** Seed strings that contain a whole article sentence of 8+ words, or share any run of 8 words with one. */
function copiedText(strings: { file: string; text: string }[]): string[] {
  const sentences = articleSentences();
  const articleShingles = new Set(readArticles().flatMap((a) => a.paragraphs.flatMap(shingles)));
  return strings
    .filter(({ text }) => {
      const normal = normaliseForComparison(text);
      return sentences.some((s) => normal.includes(s)) || shingles(text).some((s) => articleShingles.has(s));
    })
    .map(({ file, text }) => `${file}: ${text.slice(0, 120)}`);
}

describe("seeds/ copies no article text", () => {
  it("no string in seeds/ holds a sentence (or any 8-word run) of the source articles", (ctx) => {
    ctx.skip(ARTICLES_ABSENT !== null, ARTICLES_ABSENT ?? "");
    const strings = seedStrings();
    expect(strings.length).toBeGreaterThan(300);
    expect(copiedText(strings)).toEqual([]);
  });

  it("the check catches a copied sentence, whatever its case and spacing", (ctx) => {
    ctx.skip(ARTICLES_ABSENT !== null, ARTICLES_ABSENT ?? "");
    const sentence = readArticles()[0]!
      .paragraphs.flatMap(sentencesOf)
      .find((s) => s.split(" ").length >= MIN_WORDS)!;
    const pasted = `Summary: ${sentence.toUpperCase().replace(/ /g, "  ")}`;
    expect(copiedText([{ file: "x.json", text: pasted }])).toHaveLength(1);
    const eightWords = sentence.split(" ").slice(0, MIN_WORDS).join(" ");
    expect(copiedText([{ file: "x.json", text: `It said ${eightWords} and more.` }])).toHaveLength(1);
  });
});
