// Builds the HTTP API (and, when built, the front end) over a store and its query layer. Testable
// without a port: main.ts listens, tests call app.listen({ port: 0 }) or app.inject.
import { randomUUID } from "node:crypto";
import swagger from "@fastify/swagger";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from "fastify-type-provider-zod";
import type { GraphStore } from "../graph/store.js";
import { installBearerAuth } from "./http/auth.js";
import {
  handleClientError,
  handleFrameworkError,
  MAX_HEADER_BYTES,
  MAX_PATH_PARAMETER_LENGTH,
} from "./http/client-errors.js";
import { installCors } from "./http/cors.js";
import { handleError } from "./http/error-handler.js";
import { DEFAULT_RATE_LIMIT, installRateLimit, type RateLimitConfig } from "./http/rate-limit.js";
import { installSecurityHeaders } from "./http/security-headers.js";
import { installStaticClient } from "./http/static-client.js";
import type { QueryLayer } from "./query-layer.js";
import { cypherRoutes } from "./routes/cypher.js";
import { duplicateRoutes } from "./routes/duplicates.js";
import { entityRoutes } from "./routes/entities.js";
import { healthRoutes } from "./routes/health.js";
import { DEFAULT_IMPORT_LIMIT_BYTES, importRoutes } from "./routes/imports.js";
import { mergeRoutes } from "./routes/merges.js";
import { openApiRoutes } from "./routes/openapi.js";
import { overviewRoutes } from "./routes/overview.js";
import { exportRoutes } from "./routes/export.js";
import { pathRoutes } from "./routes/paths.js";
import { schemaRoutes } from "./routes/schema.js";
import { searchRoutes } from "./routes/search.js";
import { sourceRoutes } from "./routes/sources.js";
import { subgraphRoutes } from "./routes/subgraph.js";

export const BODY_LIMIT_BYTES = 1024 * 1024;

export interface AppOptions {
  store: GraphStore;
  queries: QueryLayer;
  /** false (default) for silence, true for info-level JSON logs, or pino options such as { level }. */
  logger?: boolean | { level: string };
  /** When set, every /api route but /api/health needs `Authorization: Bearer <apiToken>`. */
  apiToken?: string;
  /** Origins allowed to call the API from a browser; none means same-origin only. */
  corsOrigins?: readonly string[];
  rateLimit?: Partial<RateLimitConfig>;
  /** The built front end (dist/client); served with an index.html fallback when it exists. */
  staticDir?: string;
  /** The largest file POST /api/imports takes (default 20 MiB); every other route keeps BODY_LIMIT_BYTES. */
  importLimitBytes?: number;
}

function loggerOptions(logger: AppOptions["logger"]): FastifyServerOptions["logger"] {
  if (!logger) return false;
  return {
    level: logger === true ? "info" : logger.level,
    // Fastify's request serializer leaves headers out; this guards any log call that adds them.
    redact: { paths: ["req.headers.authorization", "headers.authorization", "request.headers.authorization"] },
  };
}

export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(options.logger),
    bodyLimit: BODY_LIMIT_BYTES,
    genReqId: () => randomUUID(),
    return503OnClosing: true,
    frameworkErrors: handleFrameworkError,
    routerOptions: { maxParamLength: MAX_PATH_PARAMETER_LENGTH },
    clientErrorHandler: handleClientError,
    http: { maxHeaderSize: MAX_HEADER_BYTES },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-request-id", request.id);
  });

  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Relationship Explorer API",
        description: "Who is tied to whom (rivals, partners, contracts, money) and the evidence for each tie.",
        version: "0.1.0",
      },
      components: {
        securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
      },
      // Only /api/health stays open when the server runs with a token (it sets security: []).
      security: options.apiToken ? [{ bearer: [] }] : [],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });

  await installSecurityHeaders(app);
  await installCors(app, options.corsOrigins ?? []);
  await installRateLimit(app, { ...DEFAULT_RATE_LIMIT, ...options.rateLimit });
  if (options.apiToken) installBearerAuth(app, options.apiToken);

  const deps = { store: options.store, queries: options.queries, authorRequired: Boolean(options.apiToken) };
  await app.register(healthRoutes, deps);
  await app.register(searchRoutes, deps);
  await app.register(entityRoutes, deps);
  await app.register(pathRoutes, deps);
  await app.register(subgraphRoutes, deps);
  await app.register(overviewRoutes, deps);
  await app.register(exportRoutes, deps);
  await app.register(schemaRoutes, deps);
  await app.register(cypherRoutes, deps);
  await app.register(sourceRoutes, deps);
  await app.register(duplicateRoutes, deps);
  await app.register(mergeRoutes, deps);
  await app.register(importRoutes, { ...deps, limitBytes: options.importLimitBytes ?? DEFAULT_IMPORT_LIMIT_BYTES });
  await app.register(openApiRoutes);
  await installStaticClient(app, options.staticDir);

  await app.ready();
  return app;
}
