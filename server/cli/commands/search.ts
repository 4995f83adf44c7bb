// `search <text>`: entities whose names or aliases match, best first, each with what tells it apart
// (a property or two, its relations, the source they cite most) so namesakes read differently.
import { MAX_SEARCH_LIMIT, type DescribedSearchHit } from "../../../graph/queries/index.js";
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
        ["id", "kind", "name", "details", "relations", "source", "aliases", "score"],
        answer.results.map((hit) => [
          hit.id,
          hit.kind,
          hit.name,
          hit.details.map((detail) => detail.value).join(" · "),
          hit.degree,
          sourceCell(hit),
          hit.aliases.join(", "),
          hit.score.toFixed(2),
        ]),
      ),
    );
  },
};

/** The most cited source's title (or id) and how many other sources there are: "JEDI protest (+1)". */
function sourceCell(hit: DescribedSearchHit): string {
  if (!hit.source) return "";
  const others = hit.sourceCount - 1;
  return `${hit.source.name ?? hit.source.id}${others > 0 ? ` (+${others})` : ""}`;
}
