// Starts createApp on a free loopback port, as main.ts does, for the tests where the socket is the point
// (keep-alive, slow bodies, raw spellings on the wire, other processes calling in); the rest use injected-app.
import { createApp, type AppOptions } from "../../../server/app.js";
import { jsonResponse, type ApiClient } from "./api-response.js";

export interface ListeningApp extends ApiClient {
  baseUrl: string;
}

async function toJson(response: Response) {
  return jsonResponse(response.status, response.headers, await response.text());
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
