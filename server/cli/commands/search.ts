// `search <text>`: entities whose names or aliases match, best first.
import { MAX_SEARCH_LIMIT } from "../../../graph/queries/index.js";
import { ENTITY_KINDS } from "../../../graph/model/vocabulary.js";
import { type CliCommand, intOption, listOption, printJson } from "../command.js";
import { renderTable } from "../table.js";

export const searchCommand: CliCommand = {
  name: "search",
  synopsis: "<text>",
  positionals: { min: 1, max: 1 },
  options: { kinds: { type: "string" }, limit: { type: "string" } },
  async run(context, [text = ""], values) {
    const answer = await context.queries.search(text, {
      kinds: listOption(values, "kinds", ENTITY_KINDS, "entity kind"),
      limit: intOption(values, "limit", 1, MAX_SEARCH_LIMIT, 10),
    });
    if (context.json) return printJson(context, answer);
    if (answer.results.length === 0) return context.print(`No entity matches "${text}".`);
    context.print(
      renderTable(
        ["id", "kind", "name", "aliases", "score"],
        answer.results.map((hit) => [hit.id, hit.kind, hit.name, hit.aliases.join(", "), hit.score.toFixed(2)]),
      ),
    );
  },
};
