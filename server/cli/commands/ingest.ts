// `ingest <folder>`: reads a folder of articles (.txt, .md) into the store as Sources with their sentences,
// points evidence at its exact sentence and records MENTIONS of known entities. Safe to run again.
import { resolve } from "node:path";
import { ingestArticles, type IngestSummary } from "../../../graph/articles/index.js";
import { createImportReporter, type ImportProgress } from "../../../graph/import/index.js";
import { type CliCommand, printJson } from "../command.js";

export const ingestCommand: CliCommand = {
  name: "ingest",
  synopsis: "<folder>",
  positionals: { min: 1, max: 1 },
  options: {},
  async run(context, [folder]) {
    const target = resolve(folder!);
    const run = (progress: { onProgress?: (progress: ImportProgress) => void } = {}) =>
      ingestArticles(context.store, target, progress);
    if (context.json) {
      return printJson(context, { folder: target, ...(await run()), store: await context.store.counts() });
    }
    const reporter = createImportReporter(process.stdout, await context.store.describe());
    let summary: IngestSummary;
    try {
      summary = await run({ onProgress: reporter.onProgress });
      reporter.finish(summary);
    } catch (error) {
      reporter.abort();
      throw error;
    }
    for (const article of summary.articles) {
      const status = article.isNew ? "new source" : "source";
      context.print(
        `  ${article.file}: ${status} ${article.id}, ${article.paragraphs} paragraphs, ${article.sentences} sentences, names ${article.mentions} entities`,
      );
    }
    context.print(`Evidence items given their sentence: ${summary.linked}.`);
    for (const item of summary.unresolved) {
      context.print(`  ${item.relation} cites paragraph ${item.paragraph} of ${item.source}, which its text lacks`);
    }
  },
};
