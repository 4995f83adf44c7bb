// `merges`: the audit trail of merges, latest first.
import { summaryOf } from "../../../graph/resolution/index.js";
import { type CliCommand, intOption, printJson } from "../command.js";
import { describeMerge } from "./merge.js";

export const mergesCommand: CliCommand = {
  name: "merges",
  synopsis: "[--limit 20]",
  positionals: { min: 0, max: 0 },
  options: { limit: { type: "string" } },
  async run(context, _positionals, values) {
    const records = await context.store.listMerges({ limit: intOption(values, "limit", 1, 500, 20) });
    if (context.json) return printJson(context, { merges: records.map(summaryOf) });
    if (records.length === 0) return context.print("No merges yet.");
    context.print(records.map(describeMerge).join("\n\n"));
  },
};
