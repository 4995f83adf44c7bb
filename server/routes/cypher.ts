// POST /api/cypher: read-only Cypher for power users. Writes and procedure calls are refused (422).
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { errorResponses } from "../http/error-body.js";
import { CypherResponse } from "../http/wire-schemas.js";
import type { RouteDeps } from "./route-deps.js";

const CypherBody = z
  .object({
    query: z.string().trim().min(1).max(10_000).describe("A read-only Cypher query"),
    params: z.record(z.string(), z.unknown()).default({}).describe("Query parameters, referenced as $name"),
  })
  .strict();

export const cypherRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { queries }) => {
  app.post(
    "/api/cypher",
    {
      schema: {
        summary: "Run a read-only Cypher query",
        tags: ["graph"],
        body: CypherBody,
        response: { 200: CypherResponse, ...errorResponses(400, 401, 413, 415, 422, 429, 503, 504) },
      },
    },
    async (request) => queries.cypher(request.body.query, request.body.params),
  );
};
