// `cypher <query>`: a read-only Cypher query through the same guard as the API.
import { InvalidInputError } from "../../../graph/errors.js";
import { type CliCommand, printJson, stringOption } from "../command.js";
import { renderTable } from "../table.js";

function parseParams(raw: string | undefined): Record<string, unknown> {
  if (raw === undefined) return {};
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new InvalidInputError(`--params is not JSON: ${(error as Error).message}`, { option: "params" });
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new InvalidInputError('--params must be a JSON object such as {"name":"Microsoft"}', { option: "params" });
  }
  return value as Record<string, unknown>;
}

export const cypherCommand: CliCommand = {
  name: "cypher",
  synopsis: "<query>",
  positionals: { min: 1, max: 1 },
  options: { params: { type: "string" } },
  async run(context, [query = ""], values) {
    const answer = await context.queries.cypher(query, parseParams(stringOption(values, "params")));
    if (context.json) return printJson(context, answer);
    context.print(renderTable(answer.columns, answer.rows));
    const note = answer.truncated ? " (truncated: refine the query or add LIMIT)" : "";
    context.print(`\n${answer.rows.length} row(s)${note}`);
  },
};
