// A server of the namesakes fixture for the search specs (two people named Olga Krüger, a Hans Müller),
// started by the spec itself on the port after the configured three, on the front end they built.
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { NAMESAKES_SEED_DIR } from "../contract/search-hits-contract.js";
import { startTsx, waitForOutput } from "../http/support/run-tsx.js";

export const NAMESAKES_PORT = Number(process.env.BROWSER_TEST_PORT ?? 18080) + 3;

export interface NamesakesServer {
  url: string;
  stop(): Promise<void>;
}

export async function startNamesakesServer(): Promise<NamesakesServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "explorer-browser-namesakes-"));
  const child: ChildProcess = startTsx("server/main.ts", [], {
    PORT: String(NAMESAKES_PORT),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    SEED_DIR: NAMESAKES_SEED_DIR,
    // Exactly the fixture, whatever ARTICLES_DIR the caller has set (Node leaves an undefined variable out).
    ...({ ARTICLES_DIR: undefined } as unknown as Record<string, string>),
  });
  await waitForOutput(child, /is running at/);
  return {
    url: `http://127.0.0.1:${NAMESAKES_PORT}`,
    async stop() {
      const closed = new Promise((resolve) => child.once("close", resolve));
      child.kill("SIGTERM");
      await closed;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
