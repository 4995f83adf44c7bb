// Where the API fuzz test gets schemathesis: the one on PATH when installed, else the venv of our own
// under node_modules/.cache that `npm run setup:fuzz` fills from PyPI (as the Neo4j tests fetch
// neo4j-harness from Maven Central), so the test run itself installs nothing.
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
const VENV_COMMAND = join(VENV, "bin", "schemathesis");

export type SchemathesisCommand = { ok: true; command: string; version: string } | { ok: false; reason: string };

export async function findSchemathesis(): Promise<SchemathesisCommand> {
  for (const command of ["schemathesis", VENV_COMMAND]) {
    const version = await versionOf(command);
    if (version) return { ok: true, command, version };
  }
  return {
    ok: false,
    reason: `schemathesis is neither on PATH nor in ${VENV}: run \`npm run setup:fuzz\` (needs Python 3 with venv)`,
  };
}

/** Installs schemathesis into the venv unless one is found already; says which one the tests will use. */
export async function installSchemathesis(): Promise<SchemathesisCommand> {
  const found = await findSchemathesis();
  if (found.ok) return found;
  try {
    if (!existsSync(VENV_COMMAND)) {
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
  const version = await versionOf(VENV_COMMAND);
  return version
    ? { ok: true, command: VENV_COMMAND, version }
    : { ok: false, reason: `${VENV_COMMAND} was installed but does not run` };
}

async function versionOf(command: string): Promise<string | undefined> {
  try {
    return (await run(command, ["--version"])).stdout.trim();
  } catch {
    return undefined;
  }
}
