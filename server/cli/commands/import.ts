// `import [path]`: loads a seed folder, or one CSV (with --mapping), GEXF, GraphML, graphology JSON or
// FollowTheMoney file, into the store. Upserts by id, so running it again is safe.
import { stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { createImportReporter, importSeedFolder, type ImportProgress } from "../../../graph/import/index.js";
import {
  IMPORT_ERROR_POLICIES,
  IMPORT_FORMATS,
  importFile,
  type ImportErrorPolicy,
  type ImportFileSummary,
  type ImportFormat,
} from "../../../graph/importers/index.js";
import { type CliCommand, printJson, stringOption } from "../command.js";
import { InvalidInputError } from "../../../graph/errors.js";

export const importCommand: CliCommand = {
  name: "import",
  synopsis: "[folder|file] [--format csv|gexf|graphml|graphology|ftm] [--mapping file] [--on-error refuse|skip]",
  positionals: { min: 0, max: 1 },
  options: { format: { type: "string" }, mapping: { type: "string" }, "on-error": { type: "string" } },
  async run(context, [path], values) {
    const given = resolve(path ?? context.seedDir);
    const givenFolder = (await stat(given).catch(() => undefined))?.isDirectory() ?? false;
    // A folder our CSV export wrote is its nodes.csv (which brings edges.csv), not a seed folder.
    const exportedNodes = join(given, "nodes.csv");
    const isCsvExport = givenFolder && (await stat(exportedNodes).catch(() => undefined))?.isFile() === true;
    const target = isCsvExport ? exportedNodes : given;
    const isFolder = givenFolder && !isCsvExport;
    const format = stringOption(values, "format");
    if (format !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(format)) {
      throw new InvalidInputError(`--format must be one of ${IMPORT_FORMATS.join(", ")}, not "${format}"`, {
        option: "format",
        value: format,
      });
    }
    const mapping = stringOption(values, "mapping");
    const onError = stringOption(values, "on-error") ?? "refuse";
    if (!(IMPORT_ERROR_POLICIES as readonly string[]).includes(onError)) {
      throw new InvalidInputError(`--on-error must be one of ${IMPORT_ERROR_POLICIES.join(", ")}, not "${onError}"`, {
        option: "on-error",
        value: onError,
      });
    }
    const run = (progress: { onProgress?: (progress: ImportProgress) => void } = {}) =>
      isFolder
        ? importSeedFolder(context.store, target, progress)
        : importFile(context.store, target, {
            format: format as ImportFormat | undefined,
            mapping: mapping ? resolve(mapping) : undefined,
            onError: onError as ImportErrorPolicy,
            ...progress,
          });
    if (context.json) {
      const summary = await run();
      return printJson(context, { path: target, ...summary, store: await context.store.counts() });
    }
    const reporter = createImportReporter(process.stdout, await context.store.describe());
    try {
      const summary = await run({ onProgress: reporter.onProgress });
      reporter.finish(summary);
      if ("format" in summary) leftOutLines(summary as ImportFileSummary).forEach((line) => context.print(line));
    } catch (error) {
      reporter.abort();
      throw error;
    }
    const counts = await context.store.counts();
    context.print(`The store now holds ${counts.entities} entities and ${counts.relations} relations.`);
  },
};

/** What the import read into another form, then what it left out, by reason, then each row skipped. */
function leftOutLines(summary: ImportFileSummary): string[] {
  const lines = Object.entries(summary.readAs).map(([how, count]) => `Read as: ${count} ${how}`);
  lines.push(...Object.entries(summary.skipped).map(([reason, count]) => `Left out: ${count} ${reason}`));
  for (const row of summary.skippedRows ?? []) lines.push(`  line ${row.line}: ${row.problems.join("; ")}`);
  return lines;
}
