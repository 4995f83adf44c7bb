// GET /api/openapi.json: the OpenAPI 3.1 document generated from the routes' zod schemas.
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { errorResponses } from "../http/error-body.js";

export const openApiRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/openapi.json",
    {
      schema: {
        summary: "This API's OpenAPI document",
        tags: ["status"],
        response: { 200: z.record(z.string(), z.unknown()), ...errorResponses(401, 429) },
      },
    },
    async () => app.swagger() as unknown as Record<string, unknown>,
  );
};
