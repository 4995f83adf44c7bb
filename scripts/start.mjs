#!/usr/bin/env node
// `npm start`: builds the front end when its sources are newer than the build, then starts the server,
// which imports the seeds into an empty store and prints the URL.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
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

const builtAt = newestChange(join(root, "dist", "client", "index.html"));
const sourcesChangedAt = Math.max(
  newestChange(join(root, "client")),
  newestChange(join(root, "graph", "model")),
  newestChange(join(root, "vite.config.ts")),
);
// Vite and everything it bundles are dev dependencies: an install without them (npm ci --omit=dev) serves
// the build it was shipped with, and says so rather than failing, or stops when there is none.
const canBuild = existsSync(bin("vite"));
if (builtAt < sourcesChangedAt && canBuild) {
  console.log("Building the front end…");
  const build = spawnSync(bin("vite"), ["build", "--logLevel", "warn"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
} else if (builtAt === 0) {
  console.error("No front end in dist/client and no Vite to build it: run `npm install` (with dev dependencies).");
  process.exit(1);
} else if (builtAt < sourcesChangedAt) {
  console.warn("The front end in dist/client is older than client/, and Vite is not installed to rebuild it.");
}

const server = spawn(bin("tsx"), [join(root, "server", "main.ts")], { cwd: root, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
