// GET /api/sources/:id: a source article and the relations it gives evidence for.
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { EntityId } from "../../graph/model/entity.js";
import { errorResponses } from "../http/error-body.js";
import { SourceResponse } from "../http/wire-schemas.js";
import type { RouteDeps } from "./route-deps.js";

const SourceParams = z.object({
  id: EntityId.refine((id) => id.startsWith("src:"), { message: "a source id starts with src:" }),
});

export const sourceRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { queries }) => {
  app.get(
    "/api/sources/:id",
    {
      schema: {
        summary: "A source and the relations it supports",
        tags: ["entities"],
        params: SourceParams,
        response: { 200: SourceResponse, ...errorResponses(400, 401, 404, 429, 503, 504) },
      },
    },
    async (request) => queries.source(request.params.id),
  );
};
