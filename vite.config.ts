// Builds the explorer front end: sources in client/, output in dist/client, /api proxied to the server.
// `--mode test` builds the browser tests' front end, which carries the canvas test hook (window.__explorer).
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import react from "@vitejs/plugin-react";

const root = fileURLToPath(new URL("./client", import.meta.url));
const outDir = fileURLToPath(new URL("./dist/client", import.meta.url));

/** Stamps the build's mode into index.html, so `npm start` can tell a test build and refuse to serve it. */
function stampBuildMode(mode: string): Plugin {
  return {
    name: "stamp-build-mode",
    transformIndexHtml: () => [{ tag: "meta", attrs: { name: "build-mode", content: mode }, injectTo: "head" }],
  };
}

export default defineConfig(({ mode }) => ({
  root,
  plugins: [react(), stampBuildMode(mode)],
  build: { outDir, emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: {
    port: 5173,
    proxy: { "/api": { target: "http://127.0.0.1:8080", changeOrigin: false } },
  },
}));
