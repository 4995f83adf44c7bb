// GET and POST /api/export: the whole graph (most connected first, up to 5,000 entities) or the entities
// named and the relations among them, streamed as GEXF, GraphML, graphology JSON, CSV or a Cypher script.
import { z } from "zod";
import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { EntityId } from "../../graph/model/entity.js";
import { EXPORT_FORMATS, exportGraph, exportReadable, type ExportFormat } from "../../graph/export/index.js";
import { MAX_OVERVIEW_ENTITIES } from "../../graph/queries/index.js";
import type { Graph } from "../../graph/model/graph.js";
import { errorResponses } from "../http/error-body.js";
import type { RouteDeps } from "./route-deps.js";
import type { QueryLayer } from "../query-layer.js";

const Format = z.enum(EXPORT_FORMATS).describe("gexf, graphml, graphology, csv-nodes, csv-edges or cypher");

const ExportQuery = z.object({
  format: Format,
  ids: z.string().max(200_000).optional().describe("Comma-separated entity ids; the whole graph when absent"),
});

const Position = z.object({ x: z.number().finite(), y: z.number().finite() });
const ExportBody = z
  .object({
    format: Format,
    ids: z.array(EntityId).max(MAX_OVERVIEW_ENTITIES).optional(),
    layout: z
      .object({
        positions: z.record(z.string(), Position).optional(),
        colors: z.record(z.string(), z.string().max(64)).optional(),
      })
      .optional(),
  })
  .strict();

const ExportedFile = z.string().describe("The file, streamed");

async function graphToExport(queries: QueryLayer, ids: string[] | undefined): Promise<Graph> {
  if (ids && ids.length > 0) return queries.subgraph(ids);
  const { nodes, edges } = await queries.overview({ limit: MAX_OVERVIEW_ENTITIES });
  return { nodes, edges };
}

function idList(raw: string | undefined): string[] | undefined {
  const ids = raw
    ?.split(",")
    .map((id) => id.trim())
    .filter(Boolean);
  return ids && ids.length > 0 ? ids : undefined;
}

export const exportRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { queries }) => {
  const send = (
    reply: FastifyReply,
    graph: Graph,
    format: ExportFormat,
    layout?: z.infer<typeof ExportBody>["layout"],
  ) => {
    const file = exportGraph(graph, format, { layout });
    return reply
      .type(file.contentType)
      .header("content-disposition", `attachment; filename="${file.fileName}"`)
      .send(exportReadable(file.chunks));
  };

  app.get(
    "/api/export",
    {
      schema: {
        summary: "Export the graph or a subgraph as a file for other graph tools",
        tags: ["graph"],
        querystring: ExportQuery,
        response: { 200: ExportedFile, ...errorResponses(400, 401, 404, 413, 429, 503, 504) },
      },
    },
    async (request, reply) => {
      const graph = await graphToExport(queries, idList(request.query.ids));
      return send(reply, graph, request.query.format);
    },
  );

  app.post(
    "/api/export",
    {
      schema: {
        summary: "Export a subgraph with the positions and colours on screen",
        tags: ["graph"],
        body: ExportBody,
        response: { 200: ExportedFile, ...errorResponses(400, 401, 404, 413, 415, 429, 503, 504) },
      },
    },
    async (request, reply) => {
      const graph = await graphToExport(queries, request.body.ids);
      return send(reply, graph, request.body.format, request.body.layout);
    },
  );
};
