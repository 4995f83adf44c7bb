// GET /api/paths: the k shortest simple paths between two entities, optionally through a waypoint.
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { MAX_PATH_HOPS, MAX_PATHS } from "../../graph/queries/index.js";
import { errorResponses } from "../http/error-body.js";
import { boundedInt, EntityRef, queryBoolean, RelationTypeList, StanceList } from "../http/list-params.js";
import { PathsResponse } from "../http/wire-schemas.js";
import type { RouteDeps } from "./route-deps.js";

const PathsQuery = z.object({
  from: EntityRef.describe("Start: an id such as person:donald-trump, or a name"),
  to: EntityRef.describe("End: an id or a name"),
  via: EntityRef.optional().describe("A waypoint every path must pass: an id or a name"),
  maxHops: boundedInt(1, MAX_PATH_HOPS, 6),
  types: RelationTypeList,
  stance: StanceList,
  k: boundedInt(1, MAX_PATHS, 3),
  directed: queryBoolean(false).describe("Follow relations only in their direction"),
});

export const pathRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { queries }) => {
  app.get(
    "/api/paths",
    {
      schema: {
        summary: "Shortest paths between two entities",
        tags: ["graph"],
        querystring: PathsQuery,
        response: { 200: PathsResponse, ...errorResponses(400, 401, 404, 413, 429, 503, 504) },
      },
    },
    async (request) => {
      const { from, to, via, maxHops, types, stance, k, directed } = request.query;
      const start = await queries.resolveEntity(from);
      const end = await queries.resolveEntity(to);
      const waypoint = via === undefined ? undefined : await queries.resolveEntity(via);
      return queries.paths({
        from: start.id,
        to: end.id,
        via: waypoint?.id,
        maxHops,
        types,
        stances: stance,
        k,
        directed,
      });
    },
  );
};
