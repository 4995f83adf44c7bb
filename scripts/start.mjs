#!/usr/bin/env node
// `npm start`: builds the front end when its sources are newer than the build or the build is not a production
// one (the browser tests build with `--mode test`, which carries a test hook), then starts the server, which
// imports the seeds into an empty store and prints the URL.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = (name) => join(root, "node_modules", ".bin", name);

function newestChange(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestChange(join(path, entry))), stat.mtimeMs);
}

/** The mode vite.config.ts stamped into the built index.html; builds from before the stamp count as production. */
function builtMode(indexHtml) {
  if (!existsSync(indexHtml)) return null;
  const stamp = /<meta name="build-mode" content="([^"]*)"/.exec(readFileSync(indexHtml, "utf8"));
  return stamp ? stamp[1] : "production";
}

const indexHtml = join(root, "dist", "client", "index.html");
const builtAt = newestChange(indexHtml);
const mode = builtMode(indexHtml);
const sourcesChangedAt = Math.max(
  newestChange(join(root, "client")),
  newestChange(join(root, "graph", "model")),
  newestChange(join(root, "vite.config.ts")),
);
const stale = builtAt < sourcesChangedAt || mode !== "production";
// Vite and everything it bundles are dev dependencies: an install without them (npm ci --omit=dev) serves
// the production build it was shipped with, and says so rather than failing, or stops when there is none.
const canBuild = existsSync(bin("vite"));
if (stale && canBuild) {
  console.log("Building the front end…");
  const build = spawnSync(bin("vite"), ["build", "--logLevel", "warn"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else if (mode === null) {
  console.error("No front end in dist/client and no Vite to build it: run `npm install` (with dev dependencies).");
  process.exit(1);
} else if (mode !== "production") {
  console.error(
    `The front end in dist/client is a "${mode}" build, not for serving, and Vite is not installed to rebuild it: ` +
      "run `npm install` (with dev dependencies) or `npm run build` where Vite is.",
  );
  process.exit(1);
} else if (stale) {
  console.warn("The front end in dist/client is older than client/, and Vite is not installed to rebuild it.");
}

const server = spawn(bin("tsx"), [join(root, "server", "main.ts")], { cwd: root, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
