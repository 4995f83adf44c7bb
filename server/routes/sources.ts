// GET /api/sources/:id: a source article, the relations it gives evidence for, the entities it names
// (MENTIONS) and its text by paragraph and sentence, so the explorer can show the sentence evidence cites.
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { EntityId } from "../../graph/model/entity.js";
import { SourceText } from "../../graph/model/source-text.js";
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
        summary: "A source, the relations it supports, the entities it names and its sentences",
        tags: ["entities"],
        params: SourceParams,
        response: { 200: SourceResponse, ...errorResponses(400, 401, 404, 429, 503, 504) },
      },
    },
    async (request) => {
      const { source, supports } = await queries.source(request.params.id);
      // The text travels once, in its own field, not inside the source's properties.
      const { text, ...properties } = source.properties;
      const stored = SourceText.safeParse(text);
      const isMention = (edge: (typeof supports)[number]) => edge.type === "MENTIONS" && edge.source === source.id;
      return {
        source: { ...source, properties },
        supports: supports.filter((edge) => !isMention(edge)),
        mentions: supports.filter(isMention),
        text: stored.success ? stored.data : null,
      };
    },
  );
};
