// Serves the built front end (Vite's dist/client) when it exists; any GET outside /api that names no
// file gets index.html, so the client's own routes survive a reload. These files hold no data, so their
// routes are the only ones besides health that answer without the API token.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { PUBLIC_ROUTE } from "./auth.js";
import { sendRouteNotFound } from "./error-handler.js";
import { foldedPath, namesTheApi } from "./request-path.js";

export async function installStaticClient(app: FastifyInstance, staticDir: string | undefined) {
  const root = staticDir ? resolve(staticDir) : undefined;
  const hasClient = root !== undefined && existsSync(join(root, "index.html"));
  if (hasClient) {
    // fastify-static gives each file route a config naming its folder: those routes, and no others, are public.
    app.addHook("onRoute", (route) => {
      const config = route.config as Record<string, unknown> | undefined;
      if (config?.rootPath === root) route.config = { ...config, ...PUBLIC_ROUTE } as typeof route.config;
    });
    // One route per built file, not a catch-all: a catch-all would also answer /api paths no route matched
    // (an id too long for the router, say) with a file lookup and a 403 instead of the API's JSON.
    await app.register(fastifyStatic, { root, prefix: "/", wildcard: false, index: ["index.html"] });
  }
  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    const path = foldedPath(request.url) ?? "";
    const looksLikeFile = /\.[a-z0-9]+$/i.test(path);
    const isPage = request.method === "GET" && !namesTheApi(request.url) && !looksLikeFile;
    if (hasClient && isPage) return reply.type("text/html").sendFile("index.html");
    return sendRouteNotFound(request, reply);
  });
}
