// `path <from> <to>`: the best distinct routes between two entities, optionally through a waypoint, with
// the same filters and evidence ranking as GET /api/paths.
import { InvalidInputError } from "../../../graph/errors.js";
import { PartialDate } from "../../../graph/model/dates.js";
import { SUPPORT_LEVELS } from "../../../graph/model/support.js";
import { RELATION_STATUSES, RELATION_TYPES, STANCES } from "../../../graph/model/vocabulary.js";
import { MAX_PATH_HOPS, MAX_PATHS, type FoundPath } from "../../../graph/queries/index.js";
import { type CliCommand, intOption, listOption, printJson, stringOption } from "../command.js";

type OptionValues = Parameters<CliCommand["run"]>[2];

/** One of a few words, or the fallback when the option is absent. */
function choiceOption<T extends string>(values: OptionValues, name: string, choices: readonly T[], fallback: T): T {
  const raw = stringOption(values, name);
  if (raw === undefined) return fallback;
  const choice = choices.find((one) => one === raw.toLowerCase());
  if (choice === undefined) {
    throw new InvalidInputError(`--${name} must be one of ${choices.join(", ")}, not "${raw}"`, {
      option: name,
      value: raw,
    });
  }
  return choice;
}

function dateOption(values: OptionValues, name: string): string | undefined {
  const raw = stringOption(values, name);
  if (raw === undefined || PartialDate.safeParse(raw).success) return raw;
  throw new InvalidInputError(`--${name} must be a partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not "${raw}"`, {
    option: name,
    value: raw,
  });
}

/** "(2 hops; weakest step alleged; 1 source)": why the path ranks where it does. */
function rankingNote(path: FoundPath): string {
  const hops = `${path.length} hop${path.length === 1 ? "" : "s"}`;
  const { weakestStatus, independentSources } = path.support;
  const sources = `${independentSources} source${independentSources === 1 ? "" : "s"}`;
  return `(${hops}; weakest step ${weakestStatus}; ${sources})`;
}

export const pathCommand: CliCommand = {
  name: "path",
  synopsis: "<from> <to>",
  positionals: { min: 2, max: 2 },
  options: {
    via: { type: "string" },
    "max-hops": { type: "string" },
    k: { type: "string" },
    types: { type: "string" },
    "exclude-types": { type: "string" },
    stance: { type: "string" },
    support: { type: "string" },
    statuses: { type: "string" },
    at: { type: "string" },
    undated: { type: "string" },
    chronological: { type: "boolean" },
    directed: { type: "boolean" },
  },
  async run(context, [fromRef = "", toRef = ""], values) {
    const maxHops = intOption(values, "max-hops", 1, MAX_PATH_HOPS, 6);
    const k = intOption(values, "k", 1, MAX_PATHS, 3);
    const types = listOption(values, "types", RELATION_TYPES, "relation type");
    const excludeTypes = listOption(values, "exclude-types", RELATION_TYPES, "relation type");
    const stances = listOption(values, "stance", STANCES, "stance");
    const support = choiceOption(values, "support", SUPPORT_LEVELS, "all");
    const statuses = listOption(values, "statuses", RELATION_STATUSES, "relation status");
    if (support !== "all" && statuses) {
      throw new InvalidInputError("give either --support or --statuses, not both", { option: "statuses" });
    }
    const at = dateOption(values, "at");
    const undated = choiceOption(values, "undated", ["true", "false"], "true") === "true";
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
      excludeTypes,
      stances,
      support,
      statuses,
      at,
      undated,
      chronological: values.chronological === true,
      directed: values.directed === true,
    });
    if (context.json) return printJson(context, answer);
    const through = via ? ` via ${via.name}` : "";
    if (answer.paths.length === 0) {
      context.print(`No path from ${from.name} to ${to.name}${through} within ${maxHops} hops and these filters.`);
      return;
    }
    context.print(`Paths from ${from.name} to ${to.name}${through}:`);
    answer.paths.forEach((path, i) => context.print(`${i + 1}. ${rankingNote(path)} ${path.text}`));
  },
};
