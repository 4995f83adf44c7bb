// `export`: writes the whole graph, or the entities named and the relations among them, as GEXF,
// GraphML, graphology JSON, neo4j-admin CSV (a folder with nodes.csv and edges.csv) or a Cypher script.
import { resolve } from "node:path";
import {
  exportGraph,
  parseExportFormat,
  writeCsvFolder,
  writeExportFile,
  writeExportTo,
} from "../../../graph/export/index.js";
import { MAX_OVERVIEW_ENTITIES } from "../../../graph/queries/index.js";
import { type CliCommand, printJson, stringOption } from "../command.js";

export const exportCommand: CliCommand = {
  name: "export",
  synopsis: "<gexf|graphml|graphology|csv|cypher> [--ids a,b] [--out path]",
  positionals: { min: 1, max: 1 },
  options: { ids: { type: "string" }, out: { type: "string" } },
  async run(context, [formatName], values) {
    const csv = formatName === "csv";
    const ids = stringOption(values, "ids")
      ?.split(",")
      .map((id) => id.trim())
      .filter(Boolean);
    const names = ids ? await Promise.all(ids.map((id) => context.queries.resolveEntity(id))) : undefined;
    const graph = names
      ? await context.queries.subgraph(names.map((node) => node.id))
      : await context.queries.overview({ limit: MAX_OVERVIEW_ENTITIES });
    if ("truncated" in graph && graph.truncated) {
      console.error(`The graph has more than ${MAX_OVERVIEW_ENTITIES} entities: exporting the most connected ones.`);
    }
    const out = stringOption(values, "out");
    if (csv) {
      const folder = resolve(out ?? "export-csv");
      await writeCsvFolder(graph, folder);
      if (context.json) return printJson(context, { format: "csv", folder, nodes: graph.nodes.length });
      return context.print(`Wrote ${graph.nodes.length} entities and ${graph.edges.length} relations to ${folder}`);
    }
    const format = parseExportFormat(formatName);
    if (!out) {
      await writeExportTo(exportGraph(graph, format).chunks, process.stdout);
      return;
    }
    await writeExportFile(graph, format, resolve(out));
    if (context.json) return printJson(context, { format, file: resolve(out), nodes: graph.nodes.length });
    context.print(`Wrote ${graph.nodes.length} entities and ${graph.edges.length} relations to ${resolve(out)}`);
  },
};
