// GET /api/paths: the best distinct routes between two entities, optionally through a waypoint, filtered by
// what is established and when, ranked by evidence (docs/paths.md).
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { PartialDate } from "../../graph/model/dates.js";
import { SUPPORT_LEVELS } from "../../graph/model/support.js";
import { RELATION_STATUSES, RELATION_TYPES } from "../../graph/model/vocabulary.js";
import { MAX_CHRONOLOGICAL_ROUTES, MAX_PATH_HOPS, MAX_PATHS } from "../../graph/queries/index.js";
import { errorResponses } from "../http/error-body.js";
import { boundedInt, EntityRef, queryBoolean, RelationTypeList, StanceList, StatusList } from "../http/list-params.js";
import { PathsResponse } from "../http/wire-schemas.js";
import type { RouteDeps } from "./route-deps.js";

const TYPE_LIST = `Comma-separated relation types, any of: ${RELATION_TYPES.join(", ")}`;

const PathsQuery = z.object({
  from: EntityRef.describe("Start: an id such as person:donald-trump, or a name"),
  to: EntityRef.describe("End: an id or a name"),
  via: EntityRef.optional().describe("A waypoint every path must pass: an id or a name"),
  maxHops: boundedInt(1, MAX_PATH_HOPS, 6),
  types: RelationTypeList.describe(
    `${TYPE_LIST}. Only these (all when absent); MENTIONS (an article naming an ` +
      "entity) is never a step unless named here",
  ),
  excludeTypes: RelationTypeList.describe(`${TYPE_LIST}. No step may be of these, whatever types says`),
  stance: StanceList,
  support: z
    .enum(SUPPORT_LEVELS)
    .default("all")
    .describe(
      "The least support every step needs: confirmed (only confirmed relations), reported (confirmed or " +
        "reported), all (every status; the default)",
    ),
  statuses: StatusList.describe(
    `Comma-separated relation statuses, any of: ${RELATION_STATUSES.join(", ")}. A step must have one of them; not together with a support level other than all`,
  ),
  at: PartialDate.optional().describe(
    "A partial ISO date (YYYY, YYYY-MM or YYYY-MM-DD): only relations whose period overlaps it. Undated " +
      "relations are kept unless undated=false",
  ),
  undated: queryBoolean(true).describe("With at: keep relations without a date (true, the default) or not"),
  chronological: queryBoolean(false).describe(
    "Keep each step's period starting no earlier than the previous step's along the walk (undated steps do " +
      `not constrain). The shortest ${MAX_CHRONOLOGICAL_ROUTES} routes are examined; a chronological route ` +
      "beyond them is not found, so fewer than k paths may come back",
  ),
  k: boundedInt(1, MAX_PATHS, 3),
  directed: queryBoolean(false).describe(
    "Follow relations only in their direction (an undirected relation is followed both ways)",
  ),
});

export const pathRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { queries }) => {
  app.get(
    "/api/paths",
    {
      schema: {
        summary: "Distinct routes between two entities, fewest hops first, then best supported",
        tags: ["graph"],
        querystring: PathsQuery,
        response: { 200: PathsResponse, ...errorResponses(400, 401, 404, 413, 429, 503, 504) },
      },
    },
    async (request) => {
      const { from, to, via, stance, ...options } = request.query;
      const start = await queries.resolveEntity(from);
      const end = await queries.resolveEntity(to);
      const waypoint = via === undefined ? undefined : await queries.resolveEntity(via);
      return queries.paths({ ...options, from: start.id, to: end.id, via: waypoint?.id, stances: stance });
    },
  );
};
