// `schema`: which entity kinds and relation types the graph holds, with counts.
import { type CliCommand, printJson } from "../command.js";
import { renderTable } from "../table.js";

export const schemaCommand: CliCommand = {
  name: "schema",
  synopsis: "",
  positionals: { min: 0, max: 0 },
  options: {},
  async run(context) {
    const schema = await context.queries.schema();
    if (context.json) return printJson(context, schema);
    context.print(
      renderTable(
        ["kind", "count"],
        schema.kinds.map((row) => [row.kind, row.count]),
      ),
    );
    context.print("");
    context.print(
      renderTable(
        ["relation type", "stance", "count"],
        schema.relationTypes.map((row) => [row.type, row.stance, row.count]),
      ),
    );
  },
};
