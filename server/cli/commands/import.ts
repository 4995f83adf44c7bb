// `import [dir]`: loads a seed folder into the store. Upserts by id, so running it again is safe.
import { resolve } from "node:path";
import { createImportReporter, importSeedFolder } from "../../../graph/import/index.js";
import { type CliCommand, printJson } from "../command.js";

export const importCommand: CliCommand = {
  name: "import",
  synopsis: "[dir]",
  positionals: { min: 0, max: 1 },
  options: {},
  async run(context, [dir]) {
    const folder = resolve(dir ?? context.seedDir);
    if (context.json) {
      const summary = await importSeedFolder(context.store, folder);
      return printJson(context, { folder, ...summary, store: await context.store.counts() });
    }
    const reporter = createImportReporter(process.stdout, await context.store.describe());
    try {
      reporter.finish(await importSeedFolder(context.store, folder, { onProgress: reporter.onProgress }));
    } catch (error) {
      reporter.abort();
      throw error;
    }
    const counts = await context.store.counts();
    context.print(`The store now holds ${counts.entities} entities and ${counts.relations} relations.`);
  },
};
