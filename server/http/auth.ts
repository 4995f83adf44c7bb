// Optional bearer-token guard. When the server has API_TOKEN, every request needs
// `Authorization: Bearer <token>` unless the route it reached is marked public (health, the front end's
// static files) or it is a CORS preflight. Deny by default: the decision rests on the route the router
// matched, and for unmatched requests on the folded path, so no spelling of a path can skip it.
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { UnauthorizedError } from "./http-errors.js";
import { namesTheApi } from "./request-path.js";

/** Route config that lets a route answer without the token; set only on routes that hold no data. */
export const PUBLIC_ROUTE = { public: true } as const;

/** Hashing first gives equal-length buffers, so neither content nor length leaks through timing. */
function digest(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}

export function tokenMatches(expected: string, header: string | undefined): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  if (!match?.[1]) return false;
  return timingSafeEqual(digest(expected), digest(match[1]));
}

/** A preflight carries no credentials by design, and its answer (CORS headers) holds no data. */
function isCorsPreflight(request: FastifyRequest): boolean {
  return (
    request.method === "OPTIONS" &&
    typeof request.headers.origin === "string" &&
    typeof request.headers["access-control-request-method"] === "string"
  );
}

function isOpen(request: FastifyRequest): boolean {
  if (isCorsPreflight(request)) return true;
  const route = request.routeOptions;
  const matched = route.url !== undefined && route.url !== "*";
  if (matched) return (route.config as { public?: boolean } | undefined)?.public === true;
  // Unmatched: the not-found handler answers pages with index.html and everything else with a 404.
  return !namesTheApi(request.url);
}

export function installBearerAuth(app: FastifyInstance, apiToken: string) {
  app.addHook("onRequest", async (request, reply) => {
    if (isOpen(request)) return;
    if (tokenMatches(apiToken, request.headers.authorization)) return;
    reply.header("www-authenticate", 'Bearer realm="api"');
    throw new UnauthorizedError("This server needs an API token: send `Authorization: Bearer <token>`.");
  });
}
