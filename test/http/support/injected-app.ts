// createApp driven through Fastify's inject: the same routes, hooks and error handling as on a port, with
// no socket, for the HTTP tests where the socket is not what they test.
import type { FastifyInstance, LightMyRequestResponse } from "fastify";
import { createApp, type AppOptions } from "../../../server/app.js";
import { jsonResponse, type ApiClient } from "./api-response.js";

/** Inject's headers as fetch's Headers, so a test reads them the same way either way. */
function headersOf(response: LightMyRequestResponse): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) headers.append(name, String(one));
  }
  return headers;
}

function toJson(response: LightMyRequestResponse) {
  return jsonResponse(response.statusCode, headersOf(response), response.body);
}

export function injectClient(app: FastifyInstance): ApiClient {
  return {
    app,
    get: async (path, headers = {}) => toJson(await app.inject({ method: "GET", url: path, headers })),
    post: async (path, body, headers = {}) =>
      toJson(
        await app.inject({
          method: "POST",
          url: path,
          headers: { "content-type": "application/json", ...headers },
          payload: typeof body === "string" ? body : JSON.stringify(body),
        }),
      ),
    close: () => app.close(),
  };
}

export async function injectApp(options: AppOptions): Promise<ApiClient> {
  return injectClient(await createApp(options));
}
