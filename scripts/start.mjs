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
if (builtAt < sourcesChangedAt) {
  console.log("Building the front end…");
  const build = spawnSync(bin("vite"), ["build", "--logLevel", "warn"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(bin("tsx"), [join(root, "server", "main.ts")], { cwd: root, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
