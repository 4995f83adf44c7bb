// POST /api/subgraph: given entity ids, those entities and every relation among them.
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { EntityId } from "../../graph/model/entity.js";
import { errorResponses } from "../http/error-body.js";
import { Graph } from "../http/wire-schemas.js";
import type { RouteDeps } from "./route-deps.js";

const SubgraphBody = z
  .object({ ids: z.array(EntityId).min(1).describe("at most 5000 ids; more answers 413") })
  .strict();

export const subgraphRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { queries }) => {
  app.post(
    "/api/subgraph",
    {
      schema: {
        summary: "Entities by id and the relations among them",
        tags: ["graph"],
        body: SubgraphBody,
        response: { 200: Graph, ...errorResponses(400, 401, 404, 413, 415, 429, 503, 504) },
      },
    },
    async (request) => queries.subgraph(request.body.ids),
  );
};
