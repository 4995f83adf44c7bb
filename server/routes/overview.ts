// GET /api/overview: the most connected entities and the relations among them, for the first screen.
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { MAX_OVERVIEW_ENTITIES } from "../../graph/queries/index.js";
import { errorResponses } from "../http/error-body.js";
import { boundedInt, KindList } from "../http/list-params.js";
import { NeighborsResponse } from "../http/wire-schemas.js";
import type { RouteDeps } from "./route-deps.js";

const OverviewQuery = z.object({
  kinds: KindList,
  limit: boundedInt(1, MAX_OVERVIEW_ENTITIES, 500),
});

export const overviewRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { queries }) => {
  app.get(
    "/api/overview",
    {
      schema: {
        summary: "The most connected entities and the relations among them",
        tags: ["graph"],
        querystring: OverviewQuery,
        response: { 200: NeighborsResponse, ...errorResponses(400, 401, 429, 503, 504) },
      },
    },
    async (request) => queries.overview({ kinds: request.query.kinds, limit: request.query.limit }),
  );
};
