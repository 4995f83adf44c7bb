// Test helpers: small valid seed records and throw-away seed folders written to a temp dir.
import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { InvalidInputError } from "../errors.js";
import type { SeedIssue } from "./seed-issues.js";

export const SOURCE = {
  id: "src:t1",
  kind: "Source",
  name: "Test article",
  properties: { title: "Test article", language: "de", file: "t1.txt", published: "2019-03", publishedInferred: false },
};
export const ACME = {
  id: "org:acme",
  kind: "Organization",
  name: "Acme",
  aliases: ["ACME"],
  properties: { country: "US" },
};
export const GLOBEX = { id: "org:globex", kind: "Organization", name: "Globex" };
export const EVIDENCE = {
  source: "src:t1",
  paragraph: 2,
  sentence: 1,
  summary: "Acme and Globex fight over the same customers.",
};
export const RIVALRY = {
  type: "COMPETES_WITH",
  from: "org:acme",
  to: "org:globex",
  status: "confirmed",
  evidence: [EVIDENCE],
};
export const RIVALRY_ID = "rel:org:acme>competes_with>org:globex";

/** Writes the files (path inside the folder → JSON value, text or bytes) into a fresh `<tmp>/seeds`. */
export async function seedFolder(files: Record<string, unknown>): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), "seed-test-")), "seeds");
  await mkdir(dir);
  for (const [path, content] of Object.entries(files)) {
    const target = join(dir, path);
    await mkdir(dirname(target), { recursive: true });
    const data =
      typeof content === "string" || content instanceof Uint8Array ? content : JSON.stringify(content, null, 2);
    await writeFile(target, data);
  }
  return dir;
}

export const jsonl = (...records: unknown[]) => records.map((r) => JSON.stringify(r)).join("\n") + "\n";

/** Runs the load and returns the InvalidInputError it must throw. */
export async function invalidInput(load: Promise<unknown>): Promise<InvalidInputError & { issues: SeedIssue[] }> {
  try {
    await load;
  } catch (error) {
    if (error instanceof InvalidInputError) {
      return Object.assign(error, { issues: (error.details.errors ?? []) as SeedIssue[] });
    }
    throw error;
  }
  throw new Error("expected the seed folder to be rejected, but it loaded");
}
