// Where the API fuzz test gets schemathesis: the one on PATH when installed, else a venv of our own
// under node_modules/.cache, installed from PyPI on first use (as the Neo4j tests fetch neo4j-harness
// from Maven Central), so `npm install && npm test` needs nothing installed by hand but Python 3.
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
export const SCHEMATHESIS_VERSION = "4.32.5";
const VENV = fileURLToPath(
  new URL(`../../../node_modules/.cache/schemathesis-${SCHEMATHESIS_VERSION}`, import.meta.url),
);

export type SchemathesisCommand = { ok: true; command: string; version: string } | { ok: false; reason: string };

export async function findOrInstallSchemathesis(): Promise<SchemathesisCommand> {
  const installed = await versionOf("schemathesis");
  if (installed) return { ok: true, command: "schemathesis", version: installed };
  const command = join(VENV, "bin", "schemathesis");
  try {
    if (!existsSync(command)) {
      await run("python3", ["-m", "venv", VENV]);
      const pip = join(VENV, "bin", "pip");
      await run(pip, ["install", "--quiet", "--disable-pip-version-check", `schemathesis==${SCHEMATHESIS_VERSION}`], {
        maxBuffer: 16 * 1024 * 1024,
      });
    }
  } catch (error) {
    const why = error instanceof Error ? error.message.split("\n", 1)[0] : String(error);
    return { ok: false, reason: `could not install schemathesis ${SCHEMATHESIS_VERSION} into ${VENV}: ${why}` };
  }
  const version = await versionOf(command);
  return version ? { ok: true, command, version } : { ok: false, reason: `${command} does not run` };
}

async function versionOf(command: string): Promise<string | undefined> {
  try {
    return (await run(command, ["--version"])).stdout.trim();
  } catch {
    return undefined;
  }
}
