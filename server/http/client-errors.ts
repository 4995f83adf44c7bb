// Errors Fastify answers before any route runs: a URL that is not valid percent-encoding (400), and
// requests Node's HTTP parser rejects (431 headers too large, 408, 400). Both leave in our error shape.
import { STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { errorBody } from "./error-body.js";
import { handleError } from "./error-handler.js";

/** Fastify's `frameworkErrors`: a bad URL or route constraint, answered through the one error handler. */
export function handleFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  return handleError(error, request, reply);
}

const PARSER_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  HPE_HEADER_OVERFLOW: {
    status: 431,
    code: "too_large",
    message: "The request line or headers are larger than the server accepts (16 KiB); send a shorter URL.",
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
