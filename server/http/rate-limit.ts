// Per-client request budget (default 600 a minute per IP); past it the client gets 429 in our error shape.
import rateLimit from "@fastify/rate-limit";
import type { FastifyInstance } from "fastify";
import { RateLimitedError } from "./http-errors.js";

export interface RateLimitConfig {
  max: number;
  timeWindowMs: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitConfig = { max: 600, timeWindowMs: 60_000 };

export async function installRateLimit(app: FastifyInstance, config: RateLimitConfig) {
  await app.register(rateLimit, {
    // Not per route: a route-level hook would run after the app-level token check, so requests with a
    // wrong token (and 404s) would never count, and guessing the token would be unlimited.
    global: false,
    max: config.max,
    timeWindow: config.timeWindowMs,
    errorResponseBuilder: (_request, context) =>
      new RateLimitedError(`Too many requests: at most ${context.max} per ${context.after}. Try again later.`, {
        limit: context.max,
        retryAfterSeconds: Math.max(1, Math.ceil(context.ttl / 1000)),
      }),
  });
  app.addHook("onRequest", app.rateLimit());
}
