import { beforeAll, describe, expect, it } from "vitest";
import { earliestDay, latestDay } from "../model/dates.js";
import { ENTITY_KINDS } from "../model/vocabulary.js";
import { sentencesOf } from "./article-text.js";
import { ARTICLES_ABSENT, SEEDS_DIR, readArticles, reportArticlesSkip } from "./curated-seeds.js";
import { loadSeedFolder } from "./load-seed-folder.js";
import type { SeedGraph } from "./validate-seed-graph.js";

reportArticlesSkip("the curated seeds' citations of article sentences");

let graph: SeedGraph;
beforeAll(async () => {
  graph = await loadSeedFolder(SEEDS_DIR);
});

const sources = () => graph.entities.filter((e) => e.kind === "Source");

describe("the curated seed folder", () => {
  it("loads and validates, with every entity kind and the expected size", () => {
    expect(graph.entities.length).toBeGreaterThanOrEqual(50);
    expect(graph.entities.length).toBeLessThanOrEqual(90);
    expect(graph.relations.length).toBeGreaterThanOrEqual(70);
    expect(graph.relations.length).toBeLessThanOrEqual(120);
    expect(new Set(graph.entities.map((e) => e.kind))).toEqual(new Set(ENTITY_KINDS));
  });

  it("has one source per article, src:000 to src:004, each cited by evidence", () => {
    expect(sources().map((s) => s.id)).toEqual(["src:000", "src:001", "src:002", "src:003", "src:004"]);
    const cited = new Set(graph.relations.flatMap((r) => r.evidence.map((e) => e.source)));
    for (const source of sources()) expect(cited, source.id).toContain(source.id);
  });

  it("dates no relation after every article that states it", () => {
    const published = new Map(sources().map((s) => [s.id, s.properties.published as string]));
    const late = graph.relations.filter(
      (r) =>
        r.date && r.evidence.every((e) => earliestDay(r.date!.start) > latestDay(published.get(e.source) ?? "0000")),
    );
    expect(late.map((r) => r.id)).toEqual([]);
  });

  it("cites paragraphs and sentences that exist in the articles", (ctx) => {
    ctx.skip(ARTICLES_ABSENT !== null, ARTICLES_ABSENT ?? "");
    const articles = new Map(readArticles().map((a) => [a.file, a]));
    const fileOf = new Map(sources().map((s) => [s.id, s.properties.file as string]));
    for (const source of sources()) expect(articles.has(fileOf.get(source.id)!), source.id).toBe(true);

    const wrong: string[] = [];
    for (const relation of graph.relations) {
      for (const evidence of relation.evidence) {
        const paragraph = articles.get(fileOf.get(evidence.source)!)?.paragraphs[evidence.paragraph - 1];
        const sentences = paragraph === undefined ? 0 : sentencesOf(paragraph).length;
        if (paragraph === undefined || (evidence.sentence ?? 1) > sentences) {
          wrong.push(
            `${relation.id}: ${evidence.source} paragraph ${evidence.paragraph} sentence ${evidence.sentence}`,
          );
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
