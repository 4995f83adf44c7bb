// GET /api/search: entities whose names or aliases match the text, best first.
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { MAX_SEARCH_LIMIT } from "../../graph/queries/index.js";
import { errorResponses } from "../http/error-body.js";
import { boundedInt, KindList } from "../http/list-params.js";
import { SearchResponse } from "../http/wire-schemas.js";
import type { RouteDeps } from "./route-deps.js";

const SearchQuery = z.object({
  q: z.string().trim().min(1).max(200).describe("Name or alias text; accents and case do not matter"),
  kinds: KindList,
  limit: boundedInt(1, MAX_SEARCH_LIMIT, 10),
});

export const searchRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { queries }) => {
  app.get(
    "/api/search",
    {
      schema: {
        summary: "Find entities by name or alias",
        tags: ["entities"],
        querystring: SearchQuery,
        response: { 200: SearchResponse, ...errorResponses(400, 401, 429, 503, 504) },
      },
    },
    async (request) => {
      const { q, kinds, limit } = request.query;
      return queries.search(q, { kinds, limit });
    },
  );
};
