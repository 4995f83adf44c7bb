// Errors Fastify answers before any route runs: a URL that is not valid percent-encoding or has an
// over-long parameter (400), and requests Node's HTTP parser rejects (431, 408, 400). All in our error shape.
import { STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { errorBody } from "./error-body.js";
import { handleError } from "./error-handler.js";

/** Set as the router's maxParamLength in app.ts: room for any id the model allows, percent-encoded. */
export const MAX_PATH_PARAMETER_LENGTH = 1_000;

/**
 * Node's limit on the request line and headers (its default is 16 KiB). Every query string within the
 * limits the routes document (lists of up to 2,000 characters, each up to 12 bytes percent-encoded) fits,
 * so such a request gets a 400 naming the parameter rather than a 431 from the parser.
 */
export const MAX_HEADER_BYTES = 128 * 1024;

/** Fastify's `frameworkErrors`: a URL the router cannot take apart answers 400 naming what is wrong. */
export function handleFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  const path = (request.raw.url ?? "").split("?")[0] ?? "";
  const shown = path.length > 120 ? `${path.slice(0, 120)}…` : path;
  if (error.code === "FST_ERR_BAD_URL") {
    return reply
      .code(400)
      .send(errorBody("invalid_input", `The path ${shown} is not valid percent-encoding.`, { in: "path" }));
  }
  if (error.code === "FST_ERR_MAX_PARAM_LENGTH") {
    const message = `A path parameter is longer than ${MAX_PATH_PARAMETER_LENGTH} characters: ${shown}`;
    return reply.code(400).send(errorBody("invalid_input", message, { in: "params" }));
  }
  return handleError(error, request, reply);
}

const PARSER_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: "too_large",
    message: `The request line or headers are larger than the server accepts (${MAX_HEADER_BYTES / 1024} KiB); send a shorter URL.`,
  },
  ERR_HTTP_REQUEST_TIMEOUT: { status: 408, code: "timeout", message: "The request was not sent in time." },
};

/** Fastify's `clientErrorHandler`: the raw socket gets an HTTP answer in our error shape, then closes. */
export function handleClientError(error: NodeJS.ErrnoException, socket: Socket) {
  if (error.code === "ECONNRESET" || socket.destroyed) return;
  const known = PARSER_ERRORS[error.code ?? ""] ?? {
    status: 400,
    code: "invalid_input",
    message: "The request is not valid HTTP.",
  };
  const body = JSON.stringify(errorBody(known.code, known.message));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${known.status} ${STATUS_CODES[known.status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: application/json; charset=utf-8\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
