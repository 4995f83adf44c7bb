// GET /api/entities/:id with its relations, its neighbour counts per type, and its neighbourhood.
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { EntityId } from "../../graph/model/entity.js";
import { DEFAULT_HUB_DEGREE, MAX_HUB_DEGREE, MAX_NEIGHBOR_DEPTH, MAX_NEIGHBORS } from "../../graph/queries/index.js";
import { errorResponses } from "../http/error-body.js";
import { boundedInt, RelationTypeList, StanceList } from "../http/list-params.js";
import { EntityResponse, NeighborhoodResponse, NeighborSummary } from "../http/wire-schemas.js";
import type { RouteDeps } from "./route-deps.js";

const IdParams = z.object({ id: EntityId });
const NeighborsQuery = z.object({
  depth: boundedInt(1, MAX_NEIGHBOR_DEPTH, 1),
  types: RelationTypeList,
  stance: StanceList,
  direction: z.enum(["out", "in", "both"]).default("both"),
  limit: boundedInt(1, MAX_NEIGHBORS, 200),
  hubDegree: boundedInt(1, MAX_HUB_DEGREE, DEFAULT_HUB_DEGREE).describe(
    `Beyond the start, an entity with more relations than this is kept but not walked through: its relations come back counted in hubs (1 to ${MAX_HUB_DEGREE}, default ${DEFAULT_HUB_DEGREE})`,
  ),
});

const failures = errorResponses(400, 401, 404, 429, 503, 504);

export const entityRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { queries }) => {
  app.get(
    "/api/entities/:id",
    {
      schema: {
        summary: "One entity and all its relations",
        tags: ["entities"],
        params: IdParams,
        response: { 200: EntityResponse, ...failures },
      },
    },
    async (request) => queries.entity(request.params.id),
  );

  app.get(
    "/api/entities/:id/summary",
    {
      schema: {
        summary: "How many neighbours an entity has, per relation type",
        tags: ["entities"],
        params: IdParams,
        response: { 200: NeighborSummary, ...failures },
      },
    },
    async (request) => queries.neighborSummary(request.params.id),
  );

  app.get(
    "/api/entities/:id/neighbors",
    {
      schema: {
        summary: "The neighbourhood of an entity up to a depth, filtered by type and stance",
        tags: ["graph"],
        params: IdParams,
        querystring: NeighborsQuery,
        response: { 200: NeighborhoodResponse, ...failures },
      },
    },
    async (request) => {
      const { depth, types, stance, direction, limit, hubDegree } = request.query;
      return queries.neighbors(request.params.id, { depth, types, stances: stance, direction, limit, hubDegree });
    },
  );
};
