// The merge routes: merge one entity into another, list and read the audit trail, and undo a merge.
// Each merge or undo is one store transaction; an undo the graph has moved past answers 409.
import { z } from "zod";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { NotFoundError } from "../../graph/errors.js";
import { MergeRecord, MergeRequest, summaryOf, UndoRequest } from "../../graph/resolution/index.js";
import { errorResponses } from "../http/error-body.js";
import { authorOf } from "./change-author.js";
import { boundedInt } from "../http/list-params.js";
import type { RouteDeps } from "./route-deps.js";

const MAX_LISTED = 500;
const MergeId = z
  .string()
  .max(100)
  .regex(/^merge-[0-9a-z-]+$/, "expected a merge id such as merge-20250101-120000000-1a2b3c4d");
const IdParams = z.object({ id: MergeId });
const ListQuery = z.object({ limit: boundedInt(1, MAX_LISTED, 100) });

const MergeRecordWire = MergeRecord.meta({ id: "MergeRecord" });
const MergeList = z
  .object({ merges: z.array(MergeRecord.omit({ before: true, after: true })) })
  .meta({ id: "MergeList" });

export const mergeRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { store, authorRequired = false }) => {
  app.post(
    "/api/merges",
    {
      schema: {
        summary: "Merge one entity into another of the same kind, recorded in the audit trail",
        tags: ["resolution"],
        body: MergeRequest,
        response: { 200: MergeRecordWire, ...errorResponses(400, 401, 404, 413, 415, 429, 503) },
      },
    },
    async (request) =>
      store.mergeEntities({ ...request.body, by: authorOf(request.body.by, authorRequired, "a merge") }),
  );

  app.get(
    "/api/merges",
    {
      schema: {
        summary: "The audit trail of merges, latest first, without the snapshots",
        tags: ["resolution"],
        querystring: ListQuery,
        response: { 200: MergeList, ...errorResponses(400, 401, 429, 503) },
      },
    },
    async (request) => ({ merges: (await store.listMerges({ limit: request.query.limit })).map(summaryOf) }),
  );

  app.get(
    "/api/merges/:id",
    {
      schema: {
        summary: "One merge with full snapshots of what it touched, before and after",
        tags: ["resolution"],
        params: IdParams,
        response: { 200: MergeRecordWire, ...errorResponses(400, 401, 404, 429, 503) },
      },
    },
    async (request) => {
      const record = await store.getMerge(request.params.id);
      if (!record)
        throw new NotFoundError(`no merge ${request.params.id} in the audit trail`, { merge: request.params.id });
      return record;
    },
  );

  app.post(
    "/api/merges/:id/undo",
    {
      schema: {
        summary: "Undo a merge (latest first): restores both entities and every relation it touched",
        tags: ["resolution"],
        params: IdParams,
        // Fastify hands a request without a body over as null.
        body: UndoRequest.nullish(),
        response: { 200: MergeRecordWire, ...errorResponses(400, 401, 404, 409, 413, 415, 429, 503) },
      },
    },
    async (request) => {
      const body = request.body ?? {};
      return store.undoMerge(request.params.id, { ...body, by: authorOf(body.by, authorRequired, "an undo") });
    },
  );
};
