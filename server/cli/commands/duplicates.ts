// `duplicates`: likely duplicate entities for review, best first, with score and reason. Merges nothing.
import { ENTITY_KINDS } from "../../../graph/model/vocabulary.js";
import { MAX_PROPOSALS, proposeDuplicates } from "../../../graph/resolution/index.js";
import { type CliCommand, intOption, listOption, printJson } from "../command.js";
import { renderTable } from "../table.js";

export const duplicatesCommand: CliCommand = {
  name: "duplicates",
  synopsis: "[--kinds Person,Organization] [--limit 50]",
  positionals: { min: 0, max: 0 },
  options: { kinds: { type: "string" }, limit: { type: "string" } },
  async run(context, _positionals, values) {
    const answer = await proposeDuplicates(context.store, {
      kinds: listOption(values, "kinds", ENTITY_KINDS, "entity kind"),
      limit: intOption(values, "limit", 1, MAX_PROPOSALS, 50),
    });
    if (context.json) return printJson(context, answer);
    if (answer.proposals.length === 0) return context.print(`No likely duplicates among ${answer.scanned} entities.`);
    context.print(
      renderTable(
        ["score", "keep", "merge", "reason"],
        answer.proposals.map((p) => [p.score.toFixed(2), p.keep.id, p.merge.id, p.reason]),
      ),
    );
    context.print(`\nMerge one with: npm run cli -- merge <keep> <merge> --reason "why they are the same"`);
  },
};
