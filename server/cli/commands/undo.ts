// `undo <merge id>`: restores what a merge changed (latest merge of an entity first); refused when the
// graph has moved on in a way the undo would overwrite.
import { type CliCommand, printJson, stringOption } from "../command.js";
import { cliActor, describeMerge } from "./merge.js";

export const undoCommand: CliCommand = {
  name: "undo",
  synopsis: '<merge id> [--reason "why"] [--by name]',
  positionals: { min: 1, max: 1 },
  options: { reason: { type: "string" }, by: { type: "string" } },
  async run(context, [id = ""], values) {
    const record = await context.store.undoMerge(id, { reason: stringOption(values, "reason"), by: cliActor(values) });
    if (context.json) return printJson(context, record);
    context.print(describeMerge(record));
  },
};
