// A server a spec starts itself, on the port after the configured three and on the front end they built,
// serving exactly the seeds it is given, so what the spec writes (an import) reaches no other spec.
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startTsx, waitForOutput } from "../http/support/run-tsx.js";

export const SPEC_SERVER_PORT = Number(process.env.BROWSER_TEST_PORT ?? 18080) + 3;

export interface SpecServer {
  url: string;
  stop(): Promise<void>;
}

export async function startSpecServer(seedDir: string, name: string): Promise<SpecServer> {
  const dataDir = mkdtempSync(join(tmpdir(), `explorer-browser-${name}-`));
  const child: ChildProcess = startTsx("server/main.ts", [], {
    PORT: String(SPEC_SERVER_PORT),
    HOST: "127.0.0.1",
    DATA_DIR: dataDir,
    SEED_DIR: seedDir,
    // Exactly the seeds, whatever ARTICLES_DIR the caller has set (Node leaves an undefined variable out).
    ...({ ARTICLES_DIR: undefined } as unknown as Record<string, string>),
  });
  await waitForOutput(child, /is running at/);
  return {
    url: `http://127.0.0.1:${SPEC_SERVER_PORT}`,
    async stop() {
      const closed = new Promise((resolve) => child.once("close", resolve));
      child.kill("SIGTERM");
      await closed;
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
