// `import [path]`: loads a seed folder, or one CSV (with --mapping), GEXF, GraphML, graphology JSON or
// FollowTheMoney file, into the store. Upserts by id, so running it again is safe.
import { stat } from "node:fs/promises";
import { resolve } from "node:path";
import { createImportReporter, importSeedFolder, type ImportProgress } from "../../../graph/import/index.js";
import { IMPORT_FORMATS, importFile, type ImportFormat } from "../../../graph/importers/index.js";
import { type CliCommand, printJson, stringOption } from "../command.js";
import { InvalidInputError } from "../../../graph/errors.js";

export const importCommand: CliCommand = {
  name: "import",
  synopsis: "[folder|file] [--format csv|gexf|graphml|graphology|ftm] [--mapping file]",
  positionals: { min: 0, max: 1 },
  options: { format: { type: "string" }, mapping: { type: "string" } },
  async run(context, [path], values) {
    const target = resolve(path ?? context.seedDir);
    const isFolder = (await stat(target).catch(() => undefined))?.isDirectory() ?? false;
    const format = stringOption(values, "format");
    if (format !== undefined && !(IMPORT_FORMATS as readonly string[]).includes(format)) {
      throw new InvalidInputError(`--format must be one of ${IMPORT_FORMATS.join(", ")}, not "${format}"`, {
        option: "format",
        value: format,
      });
    }
    const mapping = stringOption(values, "mapping");
    const run = (progress: { onProgress?: (progress: ImportProgress) => void } = {}) =>
      isFolder
        ? importSeedFolder(context.store, target, progress)
        : importFile(context.store, target, {
            format: format as ImportFormat | undefined,
            mapping: mapping ? resolve(mapping) : undefined,
            ...progress,
          });
    if (context.json) {
      const summary = await run();
      return printJson(context, { path: target, ...summary, store: await context.store.counts() });
    }
    const reporter = createImportReporter(process.stdout, await context.store.describe());
    try {
      reporter.finish(await run({ onProgress: reporter.onProgress }));
    } catch (error) {
      reporter.abort();
      throw error;
    }
    const counts = await context.store.counts();
    context.print(`The store now holds ${counts.entities} entities and ${counts.relations} relations.`);
  },
};
