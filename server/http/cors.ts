// CORS stays closed (same origin only) unless CORS_ORIGINS names the origins allowed to call the API.
import cors from "@fastify/cors";
import type { FastifyInstance } from "fastify";

export async function installCors(app: FastifyInstance, origins: readonly string[]) {
  if (origins.length === 0) return;
  await app.register(cors, {
    origin: [...origins],
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: ["Authorization", "Content-Type"],
    exposedHeaders: ["x-request-id", "retry-after"],
    maxAge: 600,
  });
}
