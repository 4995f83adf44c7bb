// Reads the server's settings from the environment, once, with messages naming the bad variable.
import { isIP } from "node:net";
import { join, resolve } from "node:path";
import { z } from "zod";
import { InvalidInputError } from "../../graph/errors.js";

const flag = z
  .enum(["true", "false", "1", "0", "yes", "no", ""])
  .default("false")
  .transform((value) => value === "true" || value === "1" || value === "yes");

const positiveInt = z.coerce.number().int().positive();

/** The embedded store's host process (with its crash probe) is stopped and restarted past this. */
export const DEFAULT_STORE_MEMORY_LIMIT_MB = 2048;

/** With Neo4j, which other servers may write to: a path search reads relation ends again after this. */
export const DEFAULT_NEO4J_WALK_INDEX_MAX_AGE_S = 60;

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().trim().min(1).default("127.0.0.1"),
  DATA_DIR: z.string().trim().min(1).optional(),
  SEED_DIR: z.string().trim().min(1).optional(),
  ARTICLES_DIR: z.string().trim().min(1).optional(),
  NEO4J_URI: z.string().trim().optional(),
  NEO4J_USER: z.string().trim().optional(),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().trim().optional(),
  NEO4J_WALK_INDEX_MAX_AGE_S: z.coerce.number().min(0).default(DEFAULT_NEO4J_WALK_INDEX_MAX_AGE_S),
  NEO4J_PATH_SEARCH: z.enum(["cypher", "walk-index"]).default("cypher"),
  API_TOKEN: z.string().trim().optional(),
  CORS_ORIGINS: z.string().optional(),
  ALLOW_PUBLIC_BIND: flag,
  RATE_LIMIT_MAX: positiveInt.optional(),
  RATE_LIMIT_WINDOW_MS: positiveInt.optional(),
  IMPORT_LIMIT_BYTES: positiveInt.optional(),
  STORE_MEMORY_LIMIT_MB: z.coerce.number().int().min(256).default(DEFAULT_STORE_MEMORY_LIMIT_MB),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export interface ServerEnv {
  port: number;
  host: string;
  dataDir: string;
  seedDir: string;
  /** Articles ingested after the seeds when the store starts empty (see graph/articles). */
  articlesDir?: string;
  neo4j?: { uri: string; user: string; password: string; database?: string };
  /** With Neo4j: how old the walk index may grow before a path search reads the relation ends again. */
  neo4jWalkIndexMaxAgeMs: number;
  /** With Neo4j: paths as Cypher in the database (stateless), or over a walk index kept in this server. */
  neo4jPathSearch: "cypher" | "walk-index";
  apiToken?: string;
  corsOrigins: string[];
  allowPublicBind: boolean;
  rateLimit: { max?: number; timeWindowMs?: number };
  /** The largest file POST /api/imports takes; the app's default when absent. */
  importLimitBytes?: number;
  /** The embedded store runs in a child process that is restarted when it holds more memory than this. */
  storeMemoryLimitBytes: number;
  logLevel: string;
  staticDir: string;
}

function parseOrigins(raw: string | undefined): string[] {
  const origins = (raw ?? "")
    .split(",")
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new InvalidInputError(`CORS_ORIGINS: "${origin}" is not an origin such as https://example.org`, {
        variable: "CORS_ORIGINS",
        value: origin,
      });
    }
  }
  return origins;
}

/** Every variable is optional; an unset one takes the documented default. */
export function readServerEnv(env: NodeJS.ProcessEnv, repoRoot: string): ServerEnv {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = String(issue?.path[0] ?? "environment");
    throw new InvalidInputError(`${variable}: ${issue?.message ?? "is invalid"}`, { variable });
  }
  const e = parsed.data;
  const neo4jUri = e.NEO4J_URI || undefined;
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR ?? join(repoRoot, "data")),
    seedDir: resolve(e.SEED_DIR ?? join(repoRoot, "seeds")),
    ...(e.ARTICLES_DIR ? { articlesDir: resolve(e.ARTICLES_DIR) } : {}),
    neo4j: neo4jUri
      ? {
          uri: neo4jUri,
          user: e.NEO4J_USER || "neo4j",
          password: e.NEO4J_PASSWORD ?? "",
          database: e.NEO4J_DATABASE || undefined,
        }
      : undefined,
    neo4jWalkIndexMaxAgeMs: e.NEO4J_WALK_INDEX_MAX_AGE_S * 1000,
    neo4jPathSearch: e.NEO4J_PATH_SEARCH,
    apiToken: e.API_TOKEN || undefined,
    corsOrigins: parseOrigins(e.CORS_ORIGINS),
    allowPublicBind: e.ALLOW_PUBLIC_BIND,
    rateLimit: { max: e.RATE_LIMIT_MAX, timeWindowMs: e.RATE_LIMIT_WINDOW_MS },
    ...(e.IMPORT_LIMIT_BYTES ? { importLimitBytes: e.IMPORT_LIMIT_BYTES } : {}),
    storeMemoryLimitBytes: e.STORE_MEMORY_LIMIT_MB * 1024 * 1024,
    logLevel: e.LOG_LEVEL,
    staticDir: join(repoRoot, "dist", "client"),
  };
}

/** 127.0.0.0/8, ::1 and "localhost" only reach this machine. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, "");
  if (bare === "localhost") return true;
  if (isIP(bare) === 4) return bare.startsWith("127.");
  if (isIP(bare) === 6) return bare === "::1" || bare === "0:0:0:0:0:0:0:1";
  return false;
}

/** Refuses to expose an open API on the network by accident. */
export function checkBindIsSafe(env: Pick<ServerEnv, "host" | "apiToken" | "allowPublicBind">): void {
  if (isLoopbackHost(env.host) || env.apiToken || env.allowPublicBind) return;
  throw new InvalidInputError(
    `HOST=${env.host} is reachable from other machines, and API_TOKEN is not set. ` +
      "Set API_TOKEN (clients then send `Authorization: Bearer <token>`), bind HOST=127.0.0.1, " +
      "or set ALLOW_PUBLIC_BIND=true if an open API on the network is really what you want.",
    { variable: "HOST", value: env.host },
  );
}
