// `path <from> <to>`: the shortest paths between two entities, optionally through a waypoint.
import { RELATION_TYPES, STANCES } from "../../../graph/model/vocabulary.js";
import { MAX_PATH_HOPS, MAX_PATHS } from "../../../graph/queries/index.js";
import { type CliCommand, intOption, listOption, printJson, stringOption } from "../command.js";

export const pathCommand: CliCommand = {
  name: "path",
  synopsis: "<from> <to>",
  positionals: { min: 2, max: 2 },
  options: {
    via: { type: "string" },
    "max-hops": { type: "string" },
    k: { type: "string" },
    types: { type: "string" },
    stance: { type: "string" },
    directed: { type: "boolean" },
  },
  async run(context, [fromRef = "", toRef = ""], values) {
    const maxHops = intOption(values, "max-hops", 1, MAX_PATH_HOPS, 6);
    const k = intOption(values, "k", 1, MAX_PATHS, 3);
    const types = listOption(values, "types", RELATION_TYPES, "relation type");
    const stances = listOption(values, "stance", STANCES, "stance");
    const viaRef = stringOption(values, "via");
    const from = await context.queries.resolveEntity(fromRef);
    const to = await context.queries.resolveEntity(toRef);
    const via = viaRef === undefined ? undefined : await context.queries.resolveEntity(viaRef);
    const answer = await context.queries.paths({
      from: from.id,
      to: to.id,
      via: via?.id,
      maxHops,
      k,
      types,
      stances,
      directed: values.directed === true,
    });
    if (context.json) return printJson(context, answer);
    const through = via ? ` via ${via.name}` : "";
    if (answer.paths.length === 0) {
      context.print(`No path from ${from.name} to ${to.name}${through} within ${maxHops} hops.`);
      return;
    }
    context.print(`Paths from ${from.name} to ${to.name}${through}:`);
    answer.paths.forEach((path, i) => {
      context.print(`${i + 1}. (${path.length} hop${path.length === 1 ? "" : "s"}) ${path.text}`);
    });
  },
};
