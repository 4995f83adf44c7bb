// GET /api/schema: which entity kinds and relation types the graph holds, and how many of each.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { errorResponses } from "../http/error-body.js";
import { SchemaResponse } from "../http/wire-schemas.js";
import type { RouteDeps } from "./route-deps.js";

export const schemaRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { queries }) => {
  app.get(
    "/api/schema",
    {
      schema: {
        summary: "Entity kinds and relation types with counts",
        tags: ["status"],
        response: { 200: SchemaResponse, ...errorResponses(401, 429, 503, 504) },
      },
    },
    async () => queries.schema(),
  );
};
