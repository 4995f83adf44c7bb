// GET /api/duplicates: likely duplicates for a person to review, each with a score and a reason. Nothing
// is merged here; POST /api/merges does that once someone has decided.
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { EntityKind } from "../../graph/model/vocabulary.js";
import { DEFAULT_DUPLICATE_THRESHOLD, MAX_PROPOSALS, proposeDuplicates } from "../../graph/resolution/index.js";
import { errorResponses } from "../http/error-body.js";
import { boundedInt, KindList } from "../http/list-params.js";
import type { RouteDeps } from "./route-deps.js";

const DuplicatesQuery = z.object({
  kinds: KindList,
  limit: boundedInt(1, MAX_PROPOSALS, 50),
  threshold: z.coerce
    .number()
    .min(0.5)
    .max(1)
    .default(DEFAULT_DUPLICATE_THRESHOLD)
    .describe(`Lowest score proposed, from 0.5 to 1, default ${DEFAULT_DUPLICATE_THRESHOLD}`),
});

const EntityRefWire = z.object({ id: z.string(), kind: EntityKind, name: z.string() });
const DuplicatesResponse = z
  .object({
    proposals: z.array(
      z.object({
        keep: EntityRefWire.describe("The entity proposed to keep: the better connected one"),
        merge: EntityRefWire.describe("The entity proposed to merge into it"),
        score: z.number().describe("1 for the same name once normalised, lower for names only alike"),
        reason: z.string(),
        matched: z.object({ keep: z.string(), merge: z.string() }),
      }),
    ),
    scanned: z.number().int().describe("Entities compared"),
    truncated: z.boolean().describe("True when the graph holds more entities than one scan compares"),
  })
  .meta({ id: "DuplicatesResponse" });

export const duplicateRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { store }) => {
  app.get(
    "/api/duplicates",
    {
      schema: {
        summary: "Likely duplicate entities, for review (Sources are never proposed)",
        tags: ["resolution"],
        querystring: DuplicatesQuery,
        response: { 200: DuplicatesResponse, ...errorResponses(400, 401, 429, 503) },
      },
    },
    async (request) => proposeDuplicates(store, request.query),
  );
};
