// Browser tests of the explorer: Debian's Chromium against the real server, started the way `npm start`
// does, on its own port with a fresh data folder so the seeds are imported anew for every run.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";
import { ARTICLES_CORPUS, ARTICLES_PORT } from "./test/browser/articles-server.js";
import { LARGE_STORE_PORT, LARGE_STORE_SEED_DIR } from "./test/browser/large-store.js";

const port = Number(process.env.BROWSER_TEST_PORT ?? 18080);
const dataDir = mkdtempSync(join(tmpdir(), "explorer-browser-"));
const articlesDataDir = mkdtempSync(join(tmpdir(), "explorer-browser-articles-"));
const largeDataDir = mkdtempSync(join(tmpdir(), "explorer-browser-large-"));

// `.ci/run` exports ARTICLES_DIR for the articles server; the other two serve exactly their seeds whatever the
// caller's environment (Node leaves a variable set to undefined out of the child's environment).
const withoutArticles = { ARTICLES_DIR: undefined } as unknown as Record<string, string>;

export default defineConfig({
  testDir: "test/browser",
  outputDir: "test-results",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  // No retries: a test waits for the state it needs (a settled layout, a resting camera), never for a fixed time.
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 720 },
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: ["--headless", "--no-sandbox", "--disable-background-networking", "--enable-unsafe-swiftshader"],
    },
  },
  // Started one after the other, so the second finds the front end built: a test build (`--mode test`), the one
  // with the canvas hook the specs read (window.__explorer); `npm start` rebuilds it before serving. The second
  // serves the seed graph and articles of ARTICLES_CORPUS (the seed articles from ARTICLES_DIR, else our own test
  // articles), ingested on start, for the specs of the evidence sentences.
  webServer: [
    {
      command: "npx vite build --mode test --logLevel warn && npx tsx server/main.ts",
      url: `http://127.0.0.1:${port}/api/health`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: { PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "warn", ...withoutArticles },
    },
    {
      command: "npx tsx server/main.ts",
      url: `http://127.0.0.1:${ARTICLES_PORT}/api/health`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        PORT: String(ARTICLES_PORT),
        HOST: "127.0.0.1",
        DATA_DIR: articlesDataDir,
        SEED_DIR: ARTICLES_CORPUS.seedsDir,
        ARTICLES_DIR: ARTICLES_CORPUS.articlesDir,
        LOG_LEVEL: "warn",
      },
    },
    // The third serves a generated 5,000-entity / 20,000-relation store, for the specs of large graphs.
    {
      command: "npx tsx test/browser/large-store.ts && npx tsx server/main.ts",
      url: `http://127.0.0.1:${LARGE_STORE_PORT}/api/health`,
      timeout: 180_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        PORT: String(LARGE_STORE_PORT),
        HOST: "127.0.0.1",
        DATA_DIR: largeDataDir,
        SEED_DIR: LARGE_STORE_SEED_DIR,
        LOG_LEVEL: "warn",
        ...withoutArticles,
      },
    },
  ],
});
