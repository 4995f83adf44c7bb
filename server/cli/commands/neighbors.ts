// `neighbors <name|id>`: the relations around an entity, up to a depth, filtered by type and stance.
import { DEFAULT_HUB_DEGREE, MAX_HUB_DEGREE, MAX_NEIGHBOR_DEPTH, MAX_NEIGHBORS } from "../../../graph/queries/index.js";
import { RELATION_TYPES, STANCES } from "../../../graph/model/vocabulary.js";
import { type CliCommand, intOption, listOption, printJson } from "../command.js";
import { renderTable } from "../table.js";

export const neighborsCommand: CliCommand = {
  name: "neighbors",
  synopsis: "<name|id>",
  positionals: { min: 1, max: 1 },
  options: {
    depth: { type: "string" },
    types: { type: "string" },
    stance: { type: "string" },
    limit: { type: "string" },
    "hub-degree": { type: "string" },
  },
  async run(context, [nameOrId = ""], values) {
    const options = {
      depth: intOption(values, "depth", 1, MAX_NEIGHBOR_DEPTH, 1),
      types: listOption(values, "types", RELATION_TYPES, "relation type"),
      stances: listOption(values, "stance", STANCES, "stance"),
      limit: intOption(values, "limit", 1, MAX_NEIGHBORS, 200),
      hubDegree: intOption(values, "hub-degree", 1, MAX_HUB_DEGREE, DEFAULT_HUB_DEGREE),
    };
    const entity = await context.queries.resolveEntity(nameOrId);
    const graph = await context.queries.neighbors(entity.id, options);
    if (context.json) return printJson(context, { entity, ...graph });
    const names = new Map(graph.nodes.map((node) => [node.id, node.name]));
    context.print(
      `${entity.name} (${entity.id}): ${graph.nodes.length - 1} neighbour(s), ${graph.edges.length} relation(s)`,
    );
    context.print(
      renderTable(
        ["from", "relation", "to", "stance", "status"],
        graph.edges.map((edge) => [
          names.get(edge.source) ?? edge.source,
          edge.type,
          names.get(edge.target) ?? edge.target,
          edge.stance,
          edge.status,
        ]),
      ),
    );
    if (graph.truncated) context.print(`\nShowing part of ${graph.total} nodes: raise --limit to see more.`);
    for (const hub of graph.hubs) {
      const counts = hub.counts.map((row) => `${row.count} ${row.type} ${row.direction}`).join(", ");
      context.print(`\n${names.get(hub.id) ?? hub.id}: a hub, not walked through (${hub.total} relations: ${counts}).`);
    }
    if (graph.hubs.length > 0) context.print("Raise --hub-degree to walk through hubs.");
  },
};
