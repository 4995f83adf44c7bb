// Optional bearer-token guard: when the server has API_TOKEN, every /api route but /api/health needs
// `Authorization: Bearer <token>`. The front end's static files stay public; they hold no data.
import { createHash, timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyRequest } from "fastify";
import { UnauthorizedError } from "./http-errors.js";

const OPEN_PATHS = new Set(["/api/health"]);

/** Hashing first gives equal-length buffers, so neither content nor length leaks through timing. */
function digest(text: string): Buffer {
  return createHash("sha256").update(text, "utf8").digest();
}

export function tokenMatches(expected: string, header: string | undefined): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  if (!match?.[1]) return false;
  return timingSafeEqual(digest(expected), digest(match[1]));
}

function needsToken(request: FastifyRequest): boolean {
  const path = request.url.split("?")[0] ?? "";
  return path.startsWith("/api/") && !OPEN_PATHS.has(path) && request.method !== "OPTIONS";
}

export function installBearerAuth(app: FastifyInstance, apiToken: string) {
  app.addHook("onRequest", async (request, reply) => {
    if (!needsToken(request)) return;
    if (tokenMatches(apiToken, request.headers.authorization)) return;
    reply.header("www-authenticate", 'Bearer realm="api"');
    throw new UnauthorizedError("This server needs an API token: send `Authorization: Bearer <token>`.");
  });
}
