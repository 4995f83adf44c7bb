// GET /api/health: is the store reachable, and how much does it hold. Open even when a token is set.
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { PUBLIC_ROUTE } from "../http/auth.js";
import { HealthDown, HealthOk } from "../http/wire-schemas.js";
import type { RouteDeps } from "./route-deps.js";

export const healthRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { store, queries }) => {
  app.get(
    "/api/health",
    {
      config: PUBLIC_ROUTE,
      schema: {
        summary: "Store status and size",
        tags: ["status"],
        security: [],
        response: { 200: HealthOk, 503: HealthDown },
      },
    },
    async (request, reply) => {
      try {
        const counts = await queries.health();
        return { status: "ok" as const, store: store.kind, ...counts };
      } catch (error) {
        request.log.warn({ err: error }, "health check failed");
        return reply.code(503).send({
          status: "unavailable" as const,
          store: store.kind,
          message: "The graph store does not answer; it may be starting or down.",
        });
      }
    },
  );
};
