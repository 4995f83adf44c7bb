// Starts createApp on a free loopback port, as main.ts does, and offers a small JSON client for it.
import type { FastifyInstance } from "fastify";
import { createApp, type AppOptions } from "../../../server/app.js";

export interface ListeningApp {
  app: FastifyInstance;
  baseUrl: string;
  get(path: string, headers?: Record<string, string>): Promise<JsonResponse>;
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<JsonResponse>;
  close(): Promise<void>;
}

export interface JsonResponse {
  status: number;
  headers: Headers;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
  body: any;
}

async function toJson(response: Response): Promise<JsonResponse> {
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, headers: response.headers, text, body };
}

export async function listen(options: AppOptions): Promise<ListeningApp> {
  const app = await createApp(options);
  const address = await app.listen({ port: 0, host: "127.0.0.1" });
  return {
    app,
    baseUrl: address,
    get: async (path, headers = {}) => toJson(await fetch(`${address}${path}`, { headers })),
    post: async (path, body, headers = {}) =>
      toJson(
        await fetch(`${address}${path}`, {
          method: "POST",
          headers: { "content-type": "application/json", ...headers },
          body: typeof body === "string" ? body : JSON.stringify(body),
        }),
      ),
    close: () => app.close(),
  };
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
