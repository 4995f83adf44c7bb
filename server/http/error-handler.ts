// The one place where errors become HTTP statuses and bodies. Every failure leaves as
// { error: { code, message, details } }; stack traces stay in the log.
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from "fastify-type-provider-zod";
import {
  ConflictError,
  GraphError,
  InvalidInputError,
  NotFoundError,
  QueryRefusedError,
  QueryTimeoutError,
  StoreUnavailableError,
  TooLargeError,
} from "../../graph/errors.js";
import { errorBody } from "./error-body.js";
import { RateLimitedError, RouteNotFoundError, UnauthorizedError } from "./http-errors.js";

/**
 * A timed-out query answers 504: the server is fine, the database (our upstream) did not answer in
 * time. An unreachable database answers 503: try again later.
 */
const STATUS_BY_ERROR: [new (...args: never[]) => GraphError, number][] = [
  [NotFoundError, 404],
  [RouteNotFoundError, 404],
  [InvalidInputError, 400],
  [ConflictError, 409],
  [QueryRefusedError, 422],
  [TooLargeError, 413],
  [QueryTimeoutError, 504],
  [StoreUnavailableError, 503],
  [UnauthorizedError, 401],
  [RateLimitedError, 429],
];

export function statusOf(error: GraphError): number {
  return STATUS_BY_ERROR.find(([type]) => error instanceof type)?.[1] ?? 500;
}

interface ValidationIssue {
  instancePath: string;
  message?: string;
}

/** "querystring" + "/maxHops" → "maxHops"; a body field keeps its path: "params.limit". */
function parameterOf(issue: ValidationIssue): string {
  return issue.instancePath.replace(/^\//, "").replace(/\//g, ".") || "(root)";
}

function sendValidationError(reply: FastifyReply, error: FastifyError & { validation: ValidationIssue[] }) {
  const where = error.validationContext ?? "request";
  const issues = error.validation.map((issue) => ({
    parameter: parameterOf(issue),
    message: issue.message ?? "is invalid",
  }));
  const message = issues.map((issue) => `${issue.parameter}: ${issue.message}`).join("; ");
  return reply.code(400).send(errorBody("invalid_input", `Invalid ${where}: ${message}`, { in: where, issues }));
}

/** Fastify's own 4xx errors (bad JSON, body too large, wrong media type) keep their status. */
function fastifyClientErrorCode(error: FastifyError, status: number): string {
  if (status === 413 || error.code === "FST_ERR_CTP_BODY_TOO_LARGE") return "too_large";
  if (status === 415) return "unsupported_media_type";
  if (status === 404) return "not_found";
  return "invalid_input";
}

export function handleError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof GraphError) {
    const status = statusOf(error);
    if (status >= 500) request.log.warn({ err: error }, "request failed");
    if (error instanceof RateLimitedError) reply.header("retry-after", String(error.details.retryAfterSeconds ?? 60));
    return reply.code(status).send(errorBody(error.code, error.message, error.details));
  }
  if (hasZodFastifySchemaValidationErrors(error)) return sendValidationError(reply, error);

  const fastifyError = error as Partial<FastifyError> | null;
  if (fastifyError && typeof fastifyError === "object" && Array.isArray(fastifyError.validation)) {
    return sendValidationError(reply, fastifyError as FastifyError & { validation: ValidationIssue[] });
  }
  const status = fastifyError?.statusCode;
  if (typeof status === "number" && status >= 400 && status < 500 && !isSerializationError(error)) {
    const code = fastifyClientErrorCode(fastifyError as FastifyError, status);
    if (code === "too_large") {
      const limitBytes = request.routeOptions.bodyLimit;
      const message = `The request body is larger than the limit of ${limitBytes} bytes.`;
      return reply.code(413).send(errorBody(code, message, { limitBytes }));
    }
    return reply.code(status).send(errorBody(code, fastifyError?.message ?? "Bad request"));
  }

  request.log.error({ err: error }, "unexpected error");
  return reply.code(500).send(errorBody("internal_error", "The server failed to answer; the log has the details."));
}

function isSerializationError(error: unknown): boolean {
  return typeof error === "object" && error !== null && isResponseSerializationError(error);
}

/** The answer for a path no route (and no front-end file) serves. */
export function sendRouteNotFound(request: FastifyRequest, reply: FastifyReply) {
  const path = request.url.split("?")[0];
  return handleError(
    new RouteNotFoundError(`No route ${request.method} ${path}`, { method: request.method, path }),
    request,
    reply,
  );
}
