// What the HTTP tests read back from the API, however they reach it (inject or a real socket), and the
// check that an error answer has the API's one shape.
import type { FastifyInstance } from "fastify";

export interface JsonResponse {
  status: number;
  headers: Headers;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
  body: any;
}

/** A small JSON client for one app, and the app itself for what the client does not cover. */
export interface ApiClient {
  app: FastifyInstance;
  get(path: string, headers?: Record<string, string>): Promise<JsonResponse>;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<JsonResponse>;
  close(): Promise<void>;
}

export function jsonResponse(status: number, headers: Headers, text: string): JsonResponse {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status, headers, text, body };
}

/** An error answer in the API's one shape, without anything that looks like a stack trace. */
export function expectErrorShape(response: JsonResponse, status: number, code: string) {
  const problems: string[] = [];
  if (response.status !== status) problems.push(`status ${response.status}, expected ${status}`);
  const error = response.body?.error;
  if (!error || typeof error.message !== "string" || typeof error.details !== "object") {
    problems.push("body is not { error: { code, message, details } }");
  } else if (error.code !== code) {
    problems.push(`code ${error.code}, expected ${code}`);
  }
  if (/\bat .+:\d+:\d+\)?/.test(response.text) || /"stack"/.test(response.text))
    problems.push("body has a stack trace");
  if (problems.length > 0) throw new Error(`${problems.join("; ")}\nbody: ${response.text.slice(0, 500)}`);
  return error as { code: string; message: string; details: Record<string, unknown> };
}
